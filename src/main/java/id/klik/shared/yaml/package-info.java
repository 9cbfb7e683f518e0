/**
 * Reading YAML files written by people (tenant manifests, guideline templates) and checking them
 * against a JSON Schema, so that every problem names the file, the line and the field in words a
 * region's clinic admin understands, in Bahasa Indonesia and English.
 *
 * <p>Every document is read within the same {@link id.klik.shared.yaml.YamlLimits} (size, values
 * once aliases are expanded, depth), so no file, whoever wrote it, costs more than a real template.
 *
 * <p>Plain Java: depends only on SnakeYAML, Jackson, the networknt JSON Schema validator and the
 * plain-text rules of {@code id.klik.shared.domain}, never on Jakarta EE, so any layer (domain,
 * application, REST, Faces, the tenant reconciler) may use it.
 */
package id.klik.shared.yaml;
