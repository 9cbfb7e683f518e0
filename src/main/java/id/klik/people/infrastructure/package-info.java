/** Repositories of the people context (JPA, the tenant's schema and the platform's). */
package id.klik.people.infrastructure;
