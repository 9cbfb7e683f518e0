/**
 * Faces backing beans of the people context: the teams page, a tenant's national mentors, the
 * platform's mentors and the mentor's home. They only wire pages to services.
 */
package id.klik.people.web;
