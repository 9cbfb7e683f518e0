-- Members invited by a clinic admin: a membership is PENDING until the person accepts the
-- invitation, ACTIVE while they may enter, INACTIVE once it ended (kept for history).
alter table membership add column work_unit_id uuid references work_unit (id);
alter table membership add column updated_at timestamptz not null default now();
alter table membership
  add constraint membership_status_known check (status in ('PENDING', 'ACTIVE', 'INACTIVE'));
-- one membership per address in a tenant (the same person may be a member of other tenants)
create unique index membership_email_unique on membership (lower(email));
create index membership_name_search on membership (lower(display_name) varchar_pattern_ops);

-- An invitation's secret travels only in the mail; the table keeps its SHA-256.
create table invitation (
  id            uuid         primary key,
  -- deferred: the membership and its first invitation are written in one transaction, in an
  -- order the JPA provider chooses
  membership_id uuid         not null references membership (id) deferrable initially deferred,
  token_hash    varchar(64)  not null unique,
  expires_at    timestamptz  not null,
  used_at       timestamptz,
  revoked_at    timestamptz,
  created_by    varchar(100) not null,
  created_at    timestamptz  not null default now()
);
create index invitation_membership on invitation (membership_id);
