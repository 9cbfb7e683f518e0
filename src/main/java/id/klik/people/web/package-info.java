/** Faces backing beans: the platform's mentors, a tenant's mentors and the mentor's home. */
package id.klik.people.web;
