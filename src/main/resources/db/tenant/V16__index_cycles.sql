-- The yearly index self-assessment (IID): a cycle per year on an index model the tenant adopted,
-- the level chosen for each region measure once, the innovations entered and the level chosen for
-- each of their measures. Measure ids are the model template's; each level may name the evidence
-- item (V14) that proves it. "carried" marks a level taken over from the previous cycle that waits
-- for its re-confirmation.
create table index_cycle (
  id            uuid         primary key,
  year          int          not null unique check (year between 2000 and 2200),
  model_id      varchar(120) not null,
  model_version varchar(40)  not null,
  window_from   date,
  window_to     date,
  started_by    varchar(120) not null,
  started_at    timestamptz  not null default now(),
  carried_from  int,
  version       bigint       not null default 0,
  check (window_from is null or window_to is null or window_from <= window_to)
);

create table index_region_choice (
  cycle_id    uuid         not null references index_cycle (id) on delete cascade,
  measure_id  varchar(80)  not null,
  level       int          not null check (level between 0 and 9),
  evidence_id uuid         references evidence (id),
  carried     boolean      not null default false,
  updated_by  varchar(120) not null,
  updated_at  timestamptz  not null default now(),
  primary key (cycle_id, measure_id)
);

create table index_entry (
  cycle_id      uuid         not null references index_cycle (id) on delete cascade,
  innovation_id uuid         not null references innovation (id),
  carried       boolean      not null default false,
  entered_by    varchar(120) not null,
  entered_at    timestamptz  not null default now(),
  primary key (cycle_id, innovation_id)
);
-- the "entered at most twice" rule counts an innovation's entries over all cycles
create index index_entry_of_innovation on index_entry (innovation_id);

create table index_innovation_choice (
  cycle_id      uuid         not null,
  innovation_id uuid         not null,
  measure_id    varchar(80)  not null,
  level         int          not null check (level between 0 and 9),
  evidence_id   uuid         references evidence (id),
  carried       boolean      not null default false,
  updated_by    varchar(120) not null,
  updated_at    timestamptz  not null default now(),
  primary key (cycle_id, innovation_id, measure_id),
  foreign key (cycle_id, innovation_id) references index_entry (cycle_id, innovation_id)
    on delete cascade
);
