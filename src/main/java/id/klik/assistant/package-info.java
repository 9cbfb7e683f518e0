/**
 * The writing assistant's optional AI: suggestions for one section of a text (a proposal's) against
 * the section's guidance and the rubric, from an OpenAI-compatible chat completions endpoint set
 * per deployment ({@code KLIK_AI_URL}, {@code KLIK_AI_MODEL}, {@code KLIK_AI_API_KEY}) and switched
 * on per tenant by its admin. Never required: when the endpoint is unset, off, slow or failing the
 * caller gets a clear answer and writing goes on. Every exchange (what was sent, what came back) is
 * kept in the tenant's schema and named in the audit trail.
 *
 * <p>This context knows no proposal: the proposal context calls it with the section's text,
 * guidance and criteria.
 */
package id.klik.assistant;
