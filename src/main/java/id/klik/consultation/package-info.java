/**
 * Consultations between innovator teams and mentors: mentors' availability (weekly and one-off
 * slots in their own zone), a team's request, the confirmed slot (one booking per mentor and
 * instant, across tenants for a national mentor), notes and action items afterwards, reminders, the
 * mentoring log per team and the workload per mentor. Depends on {@code shared}, {@code tenancy},
 * {@code identity}, {@code people}, {@code innovation} and {@code mail} through their {@code
 * application} and {@code domain} only.
 */
package id.klik.consultation;
