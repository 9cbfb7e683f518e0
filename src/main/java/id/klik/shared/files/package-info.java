/**
 * Files, as every context sees them: the {@link id.klik.shared.files.BlobStore} seam (content
 * addressed by sha256, streamed both ways, stored once, never rewritten) and the rules that hold
 * whatever stores the bytes: chunking while hashing, the size limit counted while streaming, the
 * content type detected from the bytes and checked against an allow-list. Plain Java (plus Apache
 * Tika's detector); depends on nothing of ours but {@code shared.domain}'s exceptions.
 */
package id.klik.shared.files;
