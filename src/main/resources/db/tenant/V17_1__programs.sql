-- Programs made from a program blueprint (template id and version kept, so a later version of the
-- blueprint changes no running program), their sessions and windows, enrolled teams, attendance
-- per person and session, and materials (files in the blob store).
create table program (
  id                  uuid         primary key,
  title               varchar(200) not null,
  blueprint_id        varchar(100) not null,
  blueprint_version   varchar(40)  not null,
  format              varchar(40)  not null,
  state               varchar(20)  not null default 'PLANNED'
                      check (state in ('PLANNED', 'OPEN', 'RUNNING', 'CLOSED')),
  registration_opens  date,
  registration_closes date,
  description         text,
  demo                boolean      not null default false,
  version             bigint       not null default 0,
  created_at          timestamptz  not null default now(),
  updated_at          timestamptz  not null default now()
);
create index program_created on program (created_at desc);

create table program_session (
  id           uuid         primary key,
  program_id   uuid         not null references program (id),
  position     integer      not null,
  activity_id  varchar(100),
  kind         varchar(20)  not null check (kind in ('SESSION', 'WINDOW')),
  title        varchar(200) not null,
  starts_at    timestamptz  not null,
  ends_at      timestamptz  not null,
  location     varchar(300),
  online_link  varchar(500),
  facilitators varchar(500),
  sequence     bigint       not null default 0,
  cancelled    boolean      not null default false,
  version      bigint       not null default 0,
  check (ends_at >= starts_at)
);
create index program_session_program on program_session (program_id, position);
create index program_session_start on program_session (starts_at);

create table program_enrolment (
  id          uuid        primary key,
  program_id  uuid        not null references program (id),
  team_id     uuid        not null references team (id),
  via         varchar(20) not null check (via in ('INVITATION', 'REGISTRATION')),
  enrolled_at timestamptz not null default now(),
  enrolled_by varchar(100) not null,
  unique (program_id, team_id)
);
create index program_enrolment_team on program_enrolment (team_id);

create table program_attendance (
  id            uuid        primary key,
  session_id    uuid        not null references program_session (id),
  team_id       uuid        not null references team (id),
  membership_id uuid        not null references membership (id),
  present       boolean     not null,
  recorded_at   timestamptz not null default now(),
  recorded_by   varchar(100) not null,
  unique (session_id, membership_id)
);

create table program_material (
  id           uuid         primary key,
  program_id   uuid         not null references program (id),
  session_id   uuid         references program_session (id),
  title        varchar(200) not null,
  filename     varchar(255) not null,
  content_type varchar(200) not null,
  sha256       char(64)     not null,
  size_bytes   bigint       not null,
  uploaded_at  timestamptz  not null default now(),
  uploaded_by  varchar(100) not null
);
create index program_material_program on program_material (program_id);
