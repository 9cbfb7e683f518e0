package id.klik.identity.domain;

/**
 * What a person may do in a tenant. Roles carry permissions ({@link RolePermissions}); an
 * assignment (a mentor to a team, a reviewer to a proposal) can grant one narrowly, for one
 * subject.
 */
public enum Permission {
  /** See the tenant's pages and read its data: every member. */
  VIEW,
  /** Create, change, move, deactivate and import work units. */
  WORK_UNITS_WRITE,
  /** Edit the tenant's adopted templates and its drafts, update them from the catalog. */
  TEMPLATES_WRITE,
  /** Adopt catalog templates, choose the active clinic, publish drafts, resolve updates. */
  TEMPLATES_ADMINISTER,
  /** See the tenant's outbox: the mails sent and waiting, with their errors. */
  OUTBOX_VIEW,
  /** Accept national mentors for the clinic or chosen teams, and revoke them. */
  MENTORS_ADMINISTER,
  /** Create and change innovator teams: their work unit, members and leader. */
  TEAMS_WRITE,
  /** Read the tenant's audit trail: who changed what, when; export it as CSV. */
  AUDIT_VIEW,
  /**
   * See the clinic's members list: clinic admins and staff, who organise the clinic's people.
   * Innovators, mentors and viewers do not: a directory of names and addresses is not theirs to
   * browse, they meet the people they work with in their teams.
   */
  MEMBERS_VIEW,
  /** Invite, re-invite, change roles and work unit, deactivate and import members. */
  MEMBERS_ADMINISTER,
  /**
   * Register, change and archive any innovation of the tenant: clinic admins and staff. An
   * innovator changes the innovations of their own teams without it.
   */
  INNOVATIONS_WRITE,
  /**
   * Switch the writing assistant's AI suggestions on or off for the tenant and read what was sent
   * to the model and what came back: clinic admins.
   */
  ASSISTANT_ADMINISTER,
  /**
   * Run the yearly index self-assessment: start cycles, choose levels and evidence, enter
   * innovations, mail readiness to work units (clinic admins and staff). Every member reads it.
   */
  INDEX_WRITE,
  /**
   * Take the clinic's consultations: see every team's, confirm, move and cancel them, write notes:
   * clinic admins and staff.
   */
  CONSULTATIONS_MANAGE,
  /** Accompany a team (granted by a mentor assignment). */
  TEAM_MENTOR,
  /** Review a proposal (granted by a reviewer assignment). */
  PROPOSAL_REVIEW,
  /** Start programs from blueprints, plan sessions, enrol teams, record attendance. */
  PROGRAMS_WRITE,
  /**
   * Run competitions and reviews: create them, screen registrations, assign reviewers, choose
   * finalists and publish results.
   */
  COMPETITIONS_ADMINISTER
}
