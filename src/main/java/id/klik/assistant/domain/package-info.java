/** The assistant's rules in plain Java: what is asked of the model, and the bounds of a reply. */
package id.klik.assistant.domain;
