/**
 * The innovation portfolio's pages: the list, one innovation with its tabs, the profile's form.
 * Backing beans only wire pages to the application services.
 */
package id.klik.innovation.web;
