/**
 * Index readiness (PRODUCT.md C7, issue 12): the yearly Regional Innovation Index (IID)
 * self-assessment of a region, computed exactly as the index model the tenant adopted for that year
 * says, with what-if steps ranked by gain. Depends on {@code shared} and on the {@code guideline}
 * context's index model ({@link id.klik.guideline.domain.IndexModelBody}).
 */
package id.klik.index;
