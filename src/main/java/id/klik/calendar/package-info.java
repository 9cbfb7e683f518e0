/**
 * Calendars: the events other contexts announce ({@code CalendarSource}), written as iCalendar
 * ({@code Ics}) for mail invitations, updates and cancellations, a person's secret feed across the
 * tenants they belong to, and the clinic's calendar page. Depends on {@code shared}, {@code
 * tenancy}, {@code identity} and {@code mail} through their {@code application} and {@code domain};
 * the contexts with events (programs, consultations) depend on it, never the other way round.
 */
package id.klik.calendar;
