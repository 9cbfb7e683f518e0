/** What a person asks of the audit trail (filters, dates in the tenant's zone) and CSV cells. */
package id.klik.audit.domain;
