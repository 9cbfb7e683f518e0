/**
 * What every context's domain shares: the business exceptions ({@link
 * id.klik.shared.domain.KlikException} and its 400/403/404/409 kinds), which carry a message key
 * and its arguments rather than a text, so that a rule is said once, in the user's language, at the
 * edge; the bundle of texts in Bahasa Indonesia and English ({@link
 * id.klik.shared.domain.Messages}); a text written in both languages ({@link
 * id.klik.shared.domain.LocalizedText}); paging. Plain Java, depends on nothing else of KLIK.
 */
package id.klik.shared.domain;
