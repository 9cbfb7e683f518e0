/**
 * The index pages (Faces): {@link id.klik.index.web.IndexPage} wires {@code
 * /t/<slug>/innovation-index} to {@link id.klik.index.application.IndexCycles}; it holds no rule of
 * its own.
 */
package id.klik.index.web;
