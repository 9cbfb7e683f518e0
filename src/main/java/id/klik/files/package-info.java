/**
 * Files of a tenant: the {@link id.klik.shared.files.BlobStore} kept as {@code bytea} chunks in the
 * tenant's own schema ({@code infrastructure}), so a file commits with the record pointing at it,
 * one backup holds both, and no replica needs a shared volume. Depends on {@code shared} and {@code
 * tenancy}'s context (the schema of the current tenant).
 */
package id.klik.files;
