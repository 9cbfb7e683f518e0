-- The guideline templates this tenant adopted: the published version it is based on (the merge
-- base) and its own current version with its customizations, as JSON.
create table tenant_template (
  id           uuid         primary key,
  template_id  varchar(80)  not null unique,
  kind         varchar(20)  not null,
  basis_ref    varchar(120) not null,
  current_json text         not null,
  revision     int          not null,
  adopted_at   timestamptz  not null,
  updated_at   timestamptz  not null,
  version      bigint       not null default 0
);
