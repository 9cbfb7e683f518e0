/**
 * Teams and national mentors as plain Java: who may be in a team, who leads it, what it is called;
 * a mentor's profile and what an acceptance covers.
 */
package id.klik.people.domain;
