-- A tenant's own schema (search_path points here). Nothing in it names another tenant.
create table work_unit (
  id         uuid         primary key,
  code       varchar(40)  not null,
  name       varchar(200) not null,
  kind       varchar(20)  not null check (kind in ('OPD', 'KECAMATAN', 'KELURAHAN', 'UPT', 'BUMD')),
  parent_id  uuid         references work_unit (id) deferrable initially deferred,
  active     boolean      not null default true,
  version    bigint       not null default 0,
  created_at timestamptz  not null default now(),
  updated_at timestamptz  not null default now(),
  constraint work_unit_code_unique unique (code),
  constraint work_unit_not_own_parent check (parent_id is null or parent_id <> id)
);
create index work_unit_parent on work_unit (parent_id);
create index work_unit_name_search on work_unit (lower(name) varchar_pattern_ops);

create table membership (
  id           uuid         primary key,
  user_id      varchar(64)  unique,
  username     varchar(100) not null unique,
  email        varchar(200),
  display_name varchar(200),
  roles        varchar(200) not null,
  status       varchar(20)  not null default 'ACTIVE',
  version      bigint       not null default 0,
  created_at   timestamptz  not null default now()
);

create table audit_log (
  id        uuid         primary key,
  at        timestamptz  not null default now(),
  actor     varchar(100) not null,
  tenant    varchar(40)  not null,
  action    varchar(40)  not null,
  entity    varchar(40)  not null,
  entity_id varchar(64),
  details   text
);
create index audit_log_at on audit_log (at desc);
