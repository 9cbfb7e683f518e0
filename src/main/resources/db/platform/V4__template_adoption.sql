-- Lineage across tenants: who adopted which published template version from whom. Visible to
-- the adopter and the publisher.
create table template_adoption (
  adopter     varchar(40)  not null,
  template_id varchar(80)  not null,
  version     varchar(40)  not null,
  publisher   varchar(40),
  adopted_at  timestamptz  not null default now(),
  primary key (adopter, template_id, version)
);
create index template_adoption_publisher on template_adoption (publisher);
