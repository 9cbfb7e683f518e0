package id.klik.shared.audit;

/**
 * Whom and where an audit entry names: the current tenant and the person acting. Provided by the
 * context that knows them (identity), so {@code shared} depends on none of ours.
 */
public interface AuditSubject {

  /** The current tenant's slug; fails when there is none. */
  String tenant();

  /** The person acting, or "system" for jobs and start-up. */
  String actor();
}
