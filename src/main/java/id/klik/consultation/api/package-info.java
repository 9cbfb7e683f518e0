/**
 * REST resources: {@code /t/{slug}/api/consultations} and {@code
 * /t/{slug}/api/mentors/me/availability}.
 */
package id.klik.consultation.api;
