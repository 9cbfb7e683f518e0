/** Faces pages: consultations, my availability, mentoring log, workload. */
package id.klik.consultation.web;
