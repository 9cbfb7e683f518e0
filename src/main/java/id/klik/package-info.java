/** KLIK: a multi-tenant innovation clinic platform for Indonesian regional governments. */
package id.klik;
