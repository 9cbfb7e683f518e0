/**
 * Where guideline templates come from outside the domain: the built-in templates shipped on the
 * classpath and template files in a folder (e.g. {@code tenants/pontianak/templates/}). Plain Java;
 * depends on {@code id.klik.guideline.domain}.
 */
package id.klik.guideline.infrastructure;
