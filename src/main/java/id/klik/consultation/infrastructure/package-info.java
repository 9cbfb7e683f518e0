/** Persistence of consultations and availability; bookings of national mentors in the platform. */
package id.klik.consultation.infrastructure;
