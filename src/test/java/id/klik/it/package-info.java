/**
 * Integration tests (*IT, run by failsafe after packaging): the packaged WAR on Payara Micro with a
 * real PostgreSQL and a real Keycloak, started once per test JVM by {@link id.klik.it.LocalStack},
 * and the browser journey in Debian's Chromium.
 */
package id.klik.it;
