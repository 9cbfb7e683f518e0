/**
 * An innovation's journey through the stages of the tenant's journey template: where it stands,
 * what it recorded for each artifact a stage asks for, its progress, and the records kept from an
 * earlier template. Plain Java (and JPA mappings); depends on {@code shared.domain} only.
 */
package id.klik.innovation.domain.journey;
