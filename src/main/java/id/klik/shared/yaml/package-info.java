/**
 * Reading YAML files written by people (tenant manifests, guideline templates) and checking them
 * against a JSON Schema, so that every problem names the file, the line and the field in words a
 * region's clinic admin understands, in Bahasa Indonesia and English.
 *
 * <p>Plain Java: depends only on SnakeYAML, Jackson and the networknt JSON Schema validator, never
 * on Jakarta EE, so any layer (domain, application, REST, Faces, the tenant reconciler) may use it.
 */
package id.klik.shared.yaml;
