/**
 * PDFs from XHTML: {@link id.klik.shared.pdf.PdfRenderer} turns a page written with {@link
 * id.klik.shared.pdf.Xhtml} (every text escaped) into PDF bytes with embedded fonts, and {@link
 * id.klik.shared.pdf.ChartImages} draws a chart as an image to embed. Depends on nothing of ours.
 */
package id.klik.shared.pdf;
