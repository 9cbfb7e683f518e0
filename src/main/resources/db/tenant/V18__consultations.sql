-- Consultations: local mentors' availability (a national mentor's is the platform's), a team's
-- request with its preferred slots, the confirmed slot, notes and action items afterwards.

-- A local mentor's slots, in the mentor's own zone: weekly (day_of_week 1 = Monday) or once.
create table mentor_availability (
  id          uuid         primary key,
  username    varchar(100) not null,
  kind        varchar(10)  not null check (kind in ('WEEKLY', 'ONCE')),
  day_of_week smallint     check (day_of_week between 1 and 7),
  on_date     date,
  start_time  time         not null,
  minutes     integer      not null check (minutes between 15 and 480),
  zone        varchar(60)  not null,
  check ((kind = 'WEEKLY') = (day_of_week is not null)),
  check ((kind = 'ONCE') = (on_date is not null))
);
create index mentor_availability_user on mentor_availability (username);

-- mentor_username null: the clinic (admins and staff) takes the consultation.
create table consultation (
  id              uuid         primary key,
  team_id         uuid         not null references team (id),
  innovation_id   uuid         references innovation (id),
  topic           varchar(300) not null,
  mentor_username varchar(100),
  mentor_national boolean      not null default false,
  preferred       text         not null default '',
  minutes         integer      not null check (minutes between 15 and 480),
  status          varchar(12)  not null check (status in ('REQUESTED', 'CONFIRMED', 'CANCELLED')),
  starts_at       timestamptz,
  ends_at         timestamptz,
  sequence        integer      not null default 0,
  notes           text,
  follow_up       text,
  requested_by    varchar(100) not null,
  confirmed_by    varchar(100),
  cancelled_by    varchar(100),
  reminded_for    timestamptz,
  demo            boolean      not null default false,
  version         bigint       not null default 0,
  created_at      timestamptz  not null default now(),
  updated_at      timestamptz  not null default now(),
  check (status <> 'CONFIRMED' or (starts_at is not null and ends_at is not null))
);
-- one confirmed consultation per mentor and start: the backstop behind the confirmation's lock
create unique index consultation_mentor_slot on consultation (mentor_username, starts_at)
  where status = 'CONFIRMED' and mentor_username is not null;
create index consultation_team on consultation (team_id, created_at);
create index consultation_mentor_start on consultation (mentor_username, starts_at);
create index consultation_due on consultation (starts_at) where status = 'CONFIRMED';

create table consultation_action_item (
  id              uuid         primary key,
  consultation_id uuid         not null references consultation (id) on delete cascade,
  position        integer      not null,
  text            varchar(500) not null,
  owner           varchar(200) not null,
  due_date        date,
  done            boolean      not null default false
);
create index consultation_action_item_of on consultation_action_item (consultation_id, position);
