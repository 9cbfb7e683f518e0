-- National mentors: platform-level people (realm role national-mentor) whom regions may accept.
create table national_mentor (
  username      varchar(100) primary key,
  user_id       varchar(64)  not null unique,
  email         varchar(200) not null,
  name          varchar(200) not null,
  institution   varchar(200) not null,
  expertise     text         not null default '',
  registered_at timestamptz  not null default now(),
  registered_by varchar(100) not null
);
create unique index national_mentor_email on national_mentor (lower(email));

-- Which tenants accepted which mentor: an index for the mentor's home, written in the same
-- transaction as the acceptance in the tenant's schema. The tenant's row stays the truth that
-- every request is checked against; this only says which tenants to look in.
create table mentor_acceptance_index (
  username    varchar(100) not null references national_mentor (username) on delete cascade,
  tenant_slug varchar(40)  not null references tenant (slug) on delete cascade,
  accepted_at timestamptz  not null default now(),
  primary key (username, tenant_slug)
);
