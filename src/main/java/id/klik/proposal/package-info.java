/**
 * Proposals (PRODUCT.md C6): written for an innovation in one of the tenant's forms, section by
 * section, every save a version, any two versions compared word by word; mentor comments anchored
 * to a section; the deterministic checks of the writing assistant. Reviews, competitions and the AI
 * assistant build on it. Depends on {@code shared}, and on the application layers of {@code
 * identity}, {@code people}, {@code innovation}, {@code guideline} and {@code mail}.
 */
package id.klik.proposal;
