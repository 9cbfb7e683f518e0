/**
 * The local stack for the demo command and the integration tests: a real PostgreSQL (embedded
 * binaries), the official Keycloak distribution and the packaged WAR on Payara Micro, each a real
 * process bound to 127.0.0.1. Nothing here is shipped in the WAR.
 */
package id.klik.devstack;
