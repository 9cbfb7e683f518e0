-- The writing assistant's AI: the tenant admin's switch (one row) and every exchange with the
-- model (what was sent, what came back), which the audit trail names.
create table assistant_setting (
  id         int          primary key check (id = 1),
  enabled    boolean      not null default false,
  changed_by varchar(100) not null,
  changed_at timestamptz  not null default now()
);

create table assistant_exchange (
  id           uuid         primary key,
  at           timestamptz  not null default now(),
  actor        varchar(100) not null,
  subject_type varchar(40)  not null,
  subject_id   varchar(64)  not null,
  section_id   varchar(100) not null,
  model        varchar(200) not null,
  sent         text         not null,
  received     text         not null default '',
  outcome      varchar(20)  not null check (outcome in ('complete', 'timeout', 'failed')),
  duration_ms  integer      not null
);
create index assistant_exchange_at on assistant_exchange (at desc);
create index assistant_exchange_subject on assistant_exchange (subject_type, subject_id);
