/** Calendar rules in plain Java: the range a personal feed serves, the feed secret's form. */
package id.klik.calendar.domain;
