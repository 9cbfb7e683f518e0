/**
 * Plain rules of consultations: expanding availability into instants across zones and daylight
 * saving, overlaps and conflicts with booked slots, and a consultation's states.
 */
package id.klik.consultation.domain;
