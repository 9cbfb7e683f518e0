/** The proposals list and the proposal editor. */
package id.klik.proposal.web;
