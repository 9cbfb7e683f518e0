/**
 * The guideline pages' backing beans (catalog, editor, update/merge, publishing, clinic): they wire
 * a page to the application services and show the services' exceptions as Faces messages in the
 * user's language.
 */
package id.klik.guideline.web;
