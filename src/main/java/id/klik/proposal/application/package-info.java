/**
 * Services that write and read proposals of the current tenant: access through the innovation's
 * team, versions, comments with their mail, the checks and the mapping to the innovation profile.
 */
package id.klik.proposal.application;
