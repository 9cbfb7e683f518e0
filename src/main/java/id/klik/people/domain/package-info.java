/** Teams and their rules, as plain Java: who may be in a team, who leads it, what it is called. */
package id.klik.people.domain;
