/** The programs API at {@code /t/<slug>/api/programs}: JAX-RS resources and their DTOs. */
package id.klik.program.api;
