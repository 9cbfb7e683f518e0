/** The proposal API under {@code /t/<slug>/api/proposals}. */
package id.klik.proposal.api;
