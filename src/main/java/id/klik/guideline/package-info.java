/**
 * Guideline templates: the KLIK handbook and the yearly national index model as versioned,
 * shareable, mergeable documents (PRODUCT.md C3). A publisher region writes down how its clinic
 * works, other regions adopt it, customize it and still take the publisher's later improvements.
 */
package id.klik.guideline;
