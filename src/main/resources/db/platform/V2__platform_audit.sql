-- Writes at platform level (reconcile, suspend, resume, onboarding): who, when, which tenant, what.
create table platform_audit (
  id      bigserial    primary key,
  at      timestamptz  not null default now(),
  actor   varchar(100) not null,
  action  varchar(40)  not null,
  tenant  varchar(40),
  details text
);
create index platform_audit_at on platform_audit (at desc);
