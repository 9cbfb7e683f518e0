/** REST view of a tenant's outbox for its clinic admins. */
package id.klik.mail.api;
