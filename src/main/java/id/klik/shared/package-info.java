/**
 * What every bounded context uses: the business-exception hierarchy and messages in Bahasa
 * Indonesia and English ({@code domain}), YAML validation against JSON Schemas ({@code yaml}),
 * configuration and JPA converters ({@code infrastructure}), the files seam ({@code files}: the
 * BlobStore interface and its rules), the API's error mapping ({@code api}) and health checks. Two
 * sub-packages sit at the edge and therefore also use {@code tenancy}'s context and {@code
 * identity}'s current user: {@code web} (the entry filter, the page frame) and {@code audit} (the
 * audit trail, which names tenant and person).
 */
package id.klik.shared;
