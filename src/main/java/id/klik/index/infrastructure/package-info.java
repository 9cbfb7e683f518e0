/**
 * Storage of the index cycles: plain SQL on the tenant's {@code index_*} tables (V16) through the
 * app's pool inside the caller's transaction, with the innovation, work-unit and evidence facts the
 * sheet shows read in the same queries.
 */
package id.klik.index.infrastructure;
