/** The assistant's settings, the tenant's switch and the suggestion service. */
package id.klik.assistant.application;
