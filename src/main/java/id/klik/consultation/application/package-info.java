/** Services of consultations: availability, requests and confirmations, log, workload, jobs. */
package id.klik.consultation.application;
