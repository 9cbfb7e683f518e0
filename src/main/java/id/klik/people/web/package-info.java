/** Faces backing beans of the people context: the teams page. They only wire pages to services. */
package id.klik.people.web;
