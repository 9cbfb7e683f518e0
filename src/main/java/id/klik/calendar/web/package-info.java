/** The personal feed's servlet ({@code /calendar/<secret>.ics}) and the clinic calendar page. */
package id.klik.calendar.web;
