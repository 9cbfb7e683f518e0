/**
 * Program rules in plain Java: the states a program goes through, the sessions a blueprint proposes
 * from a start date, completion per team; the JPA entities of programs, sessions, enrolments,
 * attendance and materials.
 */
package id.klik.program.domain;
