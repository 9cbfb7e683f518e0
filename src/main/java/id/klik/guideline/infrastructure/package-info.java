/**
 * Where guideline templates and their records are kept: the built-in templates on the classpath,
 * template files in a folder (e.g. {@code tenants/pontianak/templates/}), the current tenant's
 * adopted templates and drafts (JPA repositories; the transaction's search path picks the schema),
 * and in the platform schema the versions published from the app and the lineage of adoptions (JDBC
 * stores). Nothing here takes a tenant parameter: the tenant is the one of {@code TenantContext}.
 * Depends on {@code id.klik.guideline.domain} and {@code id.klik.tenancy}'s context and platform
 * data source.
 */
package id.klik.guideline.infrastructure;
