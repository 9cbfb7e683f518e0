-- Templates this tenant is writing before it publishes them, as YAML; a draft may still have
-- problems, it is checked again when published.
create table template_draft (
  id          uuid         primary key,
  template_id varchar(80),
  version_label varchar(40),
  yaml        text         not null,
  created_by  varchar(120) not null,
  created_at  timestamptz  not null,
  updated_at  timestamptz  not null,
  version     bigint       not null default 0
);

-- The adopted clinic template that drives the clinic (phases, forms, rubrics): one at most.
alter table tenant_template add column active boolean not null default false;
create unique index tenant_template_one_active_clinic on tenant_template (kind) where active;
update tenant_template set active = true
 where id = (select id from tenant_template where kind = 'CLINIC' order by adopted_at limit 1);
