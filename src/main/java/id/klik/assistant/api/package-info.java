/** The tenant's assistant switch and its log of exchanges, at {@code /t/<slug>/api/assistant}. */
package id.klik.assistant.api;
