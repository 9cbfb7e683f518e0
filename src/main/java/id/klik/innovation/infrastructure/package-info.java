/** Storage of innovations in the current tenant's schema; callers hold the transaction. */
package id.klik.innovation.infrastructure;
