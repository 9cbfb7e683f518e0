-- The platform schema: the tenant registry and the reconcile runs. Tenant data never lives here.
create table tenant (
  slug                  varchar(40)  primary key,
  name                  varchar(200) not null,
  kind                  varchar(20)  not null check (kind in ('PROVINSI', 'KABUPATEN', 'KOTA')),
  region_code           varchar(20)  not null,
  locale                varchar(5)   not null default 'id',
  time_zone             varchar(10)  not null default 'WIB',
  primary_color         varchar(20),
  modules               varchar(400) not null default '',
  status                varchar(20)  not null,
  onboarding_step       varchar(30)  not null,
  schema_name           varchar(63)  not null unique,
  schema_version        varchar(20),
  migration_state       varchar(20)  not null default 'PENDING',
  migration_error       text,
  migrated_at           timestamptz,
  keycloak_org_id       varchar(64),
  onboarding_error      text,
  onboarding_started_at timestamptz,
  onboarded_at          timestamptz,
  onboarding_millis     bigint,
  manifest_hash         varchar(64),
  created_at            timestamptz  not null default now(),
  updated_at            timestamptz  not null default now(),
  last_activity_at      timestamptz
);

create table reconcile_run (
  id          bigserial    primary key,
  trigger     varchar(40)  not null,
  actor       varchar(100) not null,
  started_at  timestamptz  not null default now(),
  finished_at timestamptz,
  total       int          not null default 0,
  done        int          not null default 0,
  failed      int          not null default 0,
  report      text
);
