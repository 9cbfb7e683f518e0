-- Tenants created through the platform API or console live here, not in tenants/: their manifest
-- (the same document as a tenant.yaml, stored as JSON) is kept in the row, marked with its source.
-- A folder in tenants/ always wins for its slug: the reconciler then marks the row REPOSITORY.
alter table platform.tenant add column source varchar(10) not null default 'REPOSITORY'
  check (source in ('REPOSITORY', 'API'));
alter table platform.tenant add column manifest text;
