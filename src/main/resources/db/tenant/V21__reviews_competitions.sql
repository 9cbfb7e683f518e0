-- Reviews and competitions (issue 13). A competition is made from a program blueprint (its rules:
-- categories, finalists, checklist) and judged with a rubric, both named as template references.
-- Proposals are referenced by id: a registration keeps what it needs of the proposal's innovation
-- (team, work unit, title) as it was when registered, so the ranking reads one table.
create table competition (
  id                   uuid         primary key,
  name                 varchar(200) not null,
  program_ref          varchar(140) not null,
  rubric_ref           varchar(140) not null,
  registration_opens   date         not null,
  registration_closes  date         not null,
  blind                boolean      not null default false,
  status               varchar(20)  not null,
  finalists_chosen_at  timestamptz,
  results_published_at timestamptz,
  demo                 boolean      not null default false,
  version              bigint       not null default 0,
  created_by           varchar(200) not null,
  created_at           timestamptz  not null default now(),
  constraint competition_window check (registration_closes >= registration_opens)
);
create unique index competition_name on competition (lower(name));

create table competition_registration (
  id               uuid          primary key,
  competition_id   uuid          not null references competition (id),
  proposal_id      uuid          not null,
  innovation_id    uuid          not null,
  team_id          uuid,
  work_unit_id     uuid,
  title            varchar(300)  not null,
  category         varchar(64),
  status           varchar(20)   not null,
  checklist        varchar(2000),
  rejection_reason varchar(64),
  screening_note   varchar(2000),
  screened_by      varchar(200),
  screened_at      timestamptz,
  finalist         boolean       not null default false,
  final_rank       integer,
  registered_by    varchar(200)  not null,
  registered_at    timestamptz   not null default now(),
  version          bigint        not null default 0,
  constraint registration_once unique (competition_id, proposal_id)
);
create index registration_competition on competition_registration (competition_id, status);

-- A reviewer's sheet for one proposal at one stage: on its own (a proposal's review) or in a
-- competition (panel or presentation). Excluded sheets (conflict of interest) never count.
create table review (
  id                uuid          primary key,
  proposal_id       uuid          not null,
  competition_id    uuid          references competition (id),
  registration_id   uuid          references competition_registration (id),
  stage             varchar(20)   not null,
  rubric_ref        varchar(140)  not null,
  reviewer_username varchar(200)  not null,
  blind             boolean       not null default false,
  status            varchar(20)   not null,
  exclusion         varchar(20),
  exclusion_note    varchar(2000),
  submitted_at      timestamptz,
  assigned_by       varchar(200)  not null,
  assigned_at       timestamptz   not null default now(),
  version           bigint        not null default 0
);
create unique index review_once on review (proposal_id, stage, reviewer_username, coalesce(competition_id, '00000000-0000-0000-0000-000000000000'::uuid));
create index review_reviewer on review (reviewer_username, status);
create index review_competition on review (competition_id, stage);

create table review_score (
  review_id    uuid          not null references review (id) on delete cascade,
  criterion_id varchar(64)   not null,
  score        numeric(8, 2) not null,
  feedback     varchar(4000),
  primary key (review_id, criterion_id)
);
