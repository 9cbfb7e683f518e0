/**
 * The innovation portfolio (PRODUCT.md C5): innovations in the fields of the national profile,
 * their stage and status history, the journey through the clinic's stages, the evidence vault,
 * replication across regions, search and export. Depends on {@code shared}, and on the application
 * layers of {@code identity}, {@code organization}, {@code people} and {@code guideline}.
 */
package id.klik.innovation;
