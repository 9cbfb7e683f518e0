/**
 * What every bounded context uses: the business-exception hierarchy and messages in Bahasa
 * Indonesia and English ({@code domain}), YAML validation against JSON Schemas ({@code yaml}),
 * configuration, the platform pool and JPA converters ({@code infrastructure}), the files seam
 * ({@code files}: the BlobStore interface and its rules), the API's error mapping ({@code api}),
 * the request's id and language and page helpers ({@code web}) and the audit trail ({@code audit},
 * which learns tenant and person through {@code AuditSubject}). It depends on no other package of
 * ours; {@code web.ShellPage} is the one exception left, named in {@code ArchitectureTest}, until
 * it moves to the edge.
 */
package id.klik.shared;
