/** Programs, sessions, enrolments, attendance and materials of the current tenant through JPA. */
package id.klik.program.infrastructure;
