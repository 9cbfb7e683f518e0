/**
 * The calendar API at {@code /t/<slug>/api/calendar}: the caller's personal feed (make, see,
 * revoke) and the clinic's calendar as iCalendar.
 */
package id.klik.calendar.api;
