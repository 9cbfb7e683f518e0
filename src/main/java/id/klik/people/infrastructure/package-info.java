/** JPA repositories of the people context, over the current tenant's schema. */
package id.klik.people.infrastructure;
