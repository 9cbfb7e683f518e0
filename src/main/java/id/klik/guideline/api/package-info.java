/**
 * The guideline REST API under {@code /t/<slug>/api/templates}: the catalog, checking a file,
 * adopting, customizing, updates with conflicts decided by a person, drafts and publishing, and the
 * clinic guide. Resources only wire HTTP to the application services and turn results into DTOs;
 * errors are the services' exceptions, answered by {@code shared.api}.
 */
package id.klik.guideline.api;
