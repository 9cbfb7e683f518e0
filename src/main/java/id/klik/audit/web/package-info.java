/** The audit trail page: filters, paging, download; it only wires the page to the service. */
package id.klik.audit.web;
