/**
 * Program use cases ({@code ProgramService}, {@code ProgramSessions}, {@code ProgramEnrolments},
 * {@code ProgramAttendance}), the tenant's blueprints, the sessions as calendar events ({@code
 * ProgramCalendar}) and the demo cohort's seeding. Transactions start here; the tenant is the
 * current one.
 */
package id.klik.program.application;
