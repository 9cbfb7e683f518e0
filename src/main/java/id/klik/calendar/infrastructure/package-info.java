/** The platform table of personal feed tokens (only their hashes). */
package id.klik.calendar.infrastructure;
