/**
 * The request's way in, on top of every context: {@link id.klik.edge.EdgeFilter} decides on the
 * canonical, decoded path ({@link id.klik.edge.CanonicalPath}; anything else is a JSON 400),
 * resolves the tenant ({@code tenancy}'s plain {@code TenantResolution}), reads the caller and
 * answers {@code identity}'s plain {@code AccessDecision} with 401/403/404/503, enters the tenant
 * and forwards to the internal page or API path. It also gives every request its id, security
 * headers and session-cookie policy, and reports health. It may depend on every context; none
 * depends on it. Nothing below it sees a servlet request to decide on.
 */
package id.klik.edge;
