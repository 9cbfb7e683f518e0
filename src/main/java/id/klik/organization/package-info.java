/**
 * The region's organization: its work units (agencies, kecamatan, kelurahan, UPT, BUMD) as a
 * hierarchy, maintained one by one or imported from CSV; every import keeps its file (through
 * {@code shared.files}' BlobStore) in an import history. Depends on {@code shared}, {@code
 * identity} (roles) and {@code tenancy}'s context.
 */
package id.klik.organization;
