/**
 * Programs made from the tenant's program blueprints (academy cohorts, coaching clinics, proposal
 * workshops, competitions): sessions proposed by the blueprint and adjusted by the clinic, enrolled
 * teams, attendance per person and session, completion per team, materials, and the sessions as
 * calendar events. Depends on {@code shared}, {@code tenancy}, {@code identity}, {@code guideline}
 * (blueprints), {@code people} (teams) and {@code calendar} through their {@code application} and
 * {@code domain} only.
 */
package id.klik.program;
