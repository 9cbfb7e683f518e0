/**
 * Who a person is in a tenant: their membership and roles, and what those roles permit ({@link
 * id.klik.identity.domain.RolePermissions}). Plain Java, no container.
 */
package id.klik.identity.domain;
