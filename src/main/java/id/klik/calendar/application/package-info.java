/**
 * The calendar seam: {@code CalendarEvent} and {@code CalendarSource} (implemented by each context
 * with events), {@code Ics} (iCalendar text with ical4j), {@code CalendarMail} (an event attached
 * to an outbox mail), the personal feed's tokens and the feed itself across tenants.
 */
package id.klik.calendar.application;
