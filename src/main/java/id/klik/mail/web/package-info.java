/** The outbox page of a tenant's clinic admins. */
package id.klik.mail.web;
