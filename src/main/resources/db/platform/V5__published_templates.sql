-- Templates a tenant published from the app (drafts it wrote), beside the ones its folder in
-- tenants/ declares. A row never changes: a newer version is a new row. all_tenants or the
-- chosen tenants decide who sees it; the publisher always does.
create table published_template (
  template_id  varchar(80)  not null,
  version      varchar(40)  not null,
  publisher    varchar(40)  not null,
  kind         varchar(20)  not null,
  yaml         text         not null,
  all_tenants  boolean      not null,
  tenants      varchar(40)[] not null default '{}',
  published_by varchar(120) not null,
  published_at timestamptz  not null default now(),
  primary key (template_id, version),
  check (all_tenants or cardinality(tenants) > 0)
);
create index published_template_publisher on published_template (publisher);
