/**
 * The JDBC BlobStore ({@link id.klik.files.infrastructure.JdbcBlobStore}, plain Java, usable with
 * any connection in the tenant's schema) and its container wiring ({@link
 * id.klik.files.infrastructure.TenantBlobStore}): the JTA pool the app uses, the tenant's search
 * path set in each transaction, one short transaction per chunk read.
 */
package id.klik.files.infrastructure;
