-- Innovations of this tenant in the fields of the national innovation profile (IID). Codes are the
-- profile's own (stage, kind, form, initiator); government affairs are codes of the master list
-- (innovation/government-affairs.yaml), checked by the application, not by a foreign key, so the
-- list can grow without a migration.
create table innovation (
  id               uuid          primary key,
  name             varchar(300)  not null,
  work_unit_id     uuid          not null references work_unit (id),
  team_id          uuid          references team (id),
  stage            varchar(20)   not null check (stage in ('inisiatif', 'uji-coba', 'penerapan')),
  kind             varchar(20)   not null check (kind in ('digital', 'non-digital')),
  form             varchar(30)   not null check (form in ('tata-kelola', 'pelayanan-publik', 'lainnya')),
  initiator        varchar(30)   not null
    check (initiator in ('kepala-daerah', 'anggota-dprd', 'asn', 'perangkat-daerah', 'masyarakat')),
  primary_affair   varchar(80)   not null,
  trial_date       date,
  application_date date,
  budget_amount    numeric(18, 2) check (budget_amount is null or budget_amount >= 0),
  goals            text,
  benefits         text,
  results          text,
  design_narrative text,
  narrative_words  int           not null default 0,
  key_changes      text,
  beneficiaries    text,
  video_url        varchar(500),
  status           varchar(20)   not null default 'aktif'
    check (status in ('draf', 'aktif', 'diarsipkan')),
  shared           boolean       not null default false,
  version          bigint        not null default 0,
  created_at       timestamptz   not null default now(),
  created_by       varchar(120)  not null,
  updated_at       timestamptz   not null default now(),
  updated_by       varchar(120)  not null,
  constraint innovation_dates_in_order
    check (trial_date is null or application_date is null or application_date >= trial_date)
);
create unique index innovation_name_per_work_unit on innovation (work_unit_id, lower(name));
create index innovation_team on innovation (team_id);
create index innovation_updated on innovation (updated_at desc);

-- The other affairs an innovation serves besides its primary one.
create table innovation_affair (
  innovation_id uuid        not null references innovation (id) on delete cascade,
  affair_code   varchar(80) not null,
  primary key (innovation_id, affair_code)
);
create index innovation_affair_code on innovation_affair (affair_code);

-- Every change of an innovation's stage or status, with who and when; appended, never changed.
create table innovation_history (
  id            uuid         primary key,
  innovation_id uuid         not null references innovation (id) on delete cascade,
  field         varchar(20)  not null check (field in ('stage', 'status')),
  old_value     varchar(30),
  new_value     varchar(30)  not null,
  changed_by    varchar(120) not null,
  changed_at    timestamptz  not null default now()
);
create index innovation_history_of on innovation_history (innovation_id, changed_at);
