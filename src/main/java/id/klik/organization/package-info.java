/**
 * The region's organization: its work units (agencies, kecamatan, kelurahan, UPT, BUMD) as a
 * hierarchy, maintained one by one or imported from CSV. Depends on {@code shared}, {@code
 * identity} (roles) and {@code tenancy}'s context.
 */
package id.klik.organization;
