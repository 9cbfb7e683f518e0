/** Teams and national mentors as plain Java: their rules, unit-tested without a container. */
package id.klik.people.domain;
