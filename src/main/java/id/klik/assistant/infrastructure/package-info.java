/** The chat completions client (JDK HTTP client, JSON-P) and the tenant's tables. */
package id.klik.assistant.infrastructure;
