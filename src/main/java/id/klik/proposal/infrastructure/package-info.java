/** JPA repositories for proposals, their versions, attachments and comments. */
package id.klik.proposal.infrastructure;
