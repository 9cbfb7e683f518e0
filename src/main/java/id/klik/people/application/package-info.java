/**
 * Team use cases ({@code TeamService}) and the read API other contexts use to attach their work to
 * teams ({@code TeamDirectory}). Transactions start here; the tenant is the current one.
 */
package id.klik.people.application;
