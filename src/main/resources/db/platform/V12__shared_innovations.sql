-- Innovations that a tenant shares with the other tenants: the directory of shared innovations.
-- Only what the directory shows is copied here (name, region, primary affair, stage, summary);
-- the innovation itself stays in its tenant's schema. Kept current on every save of the innovation;
-- unsharing removes the row.
create table platform.shared_innovation (
  tenant_slug    varchar(40)  not null references platform.tenant (slug),
  innovation_id  uuid         not null,
  name           varchar(300) not null,
  region         varchar(200) not null,
  primary_affair varchar(120),
  stage          varchar(20)  not null,
  summary        varchar(600),
  updated_at     timestamptz  not null default now(),
  primary key (tenant_slug, innovation_id)
);
create index shared_innovation_affair on platform.shared_innovation (primary_affair);
create index shared_innovation_name on platform.shared_innovation (lower(name));

-- "Innovation X of region B replicates innovation Y of region A": declared by B (requested),
-- confirmed or declined by A, ended by either side. Both innovations live in their own tenants;
-- the link spans them, so it lives here. Each side sees the other's innovation name and region only
-- (kept here so that neither side has to read the other's schema).
create table platform.replication (
  id                 uuid         primary key,
  origin_tenant      varchar(40)  not null references platform.tenant (slug),
  origin_innovation  uuid         not null,
  origin_name        varchar(300) not null,
  origin_region      varchar(200) not null,
  replica_tenant     varchar(40)  not null references platform.tenant (slug),
  replica_innovation uuid         not null,
  replica_name       varchar(300) not null,
  replica_region     varchar(200) not null,
  state              varchar(12)  not null
    check (state in ('REQUESTED', 'CONFIRMED', 'DECLINED', 'ENDED')),
  demo               boolean      not null default false,
  requested_at       timestamptz  not null,
  requested_by       varchar(200) not null,
  decided_at         timestamptz,
  decided_by         varchar(200),
  ended_at           timestamptz,
  ended_by           varchar(200),
  ended_by_tenant    varchar(40),
  version            bigint       not null default 0,
  check (origin_tenant <> replica_tenant)
);
-- one open link (requested or confirmed) per pair of innovations
create unique index replication_open_pair on platform.replication
  (origin_tenant, origin_innovation, replica_tenant, replica_innovation)
  where state in ('REQUESTED', 'CONFIRMED');
create index replication_origin on platform.replication (origin_tenant, origin_innovation);
create index replication_replica on platform.replication (replica_tenant, replica_innovation);
