/**
 * The guideline use cases as transactional CDI services: the catalog of published templates ({@code
 * TemplateLibrary}), adopting, customizing and updating a template, writing and publishing drafts,
 * and the active clinic template. They orchestrate: the rules are the domain's, the queries the
 * repositories'; the tenant is always the current one of {@code TenantContext}. Depends on the
 * guideline domain and infrastructure, {@code identity}'s current user, {@code shared} and {@code
 * tenancy}'s context.
 */
package id.klik.guideline.application;
