-- A national mentor's availability is theirs across every tenant that accepted them, so it lives
-- here, keyed by username, in the mentor's own zone (weekly: day_of_week 1 = Monday).
create table national_mentor_availability (
  id          uuid         primary key,
  username    varchar(100) not null references national_mentor (username) on delete cascade,
  kind        varchar(10)  not null check (kind in ('WEEKLY', 'ONCE')),
  day_of_week smallint     check (day_of_week between 1 and 7),
  on_date     date,
  start_time  time         not null,
  minutes     integer      not null check (minutes between 15 and 480),
  zone        varchar(60)  not null,
  check ((kind = 'WEEKLY') = (day_of_week is not null)),
  check ((kind = 'ONCE') = (on_date is not null))
);
create index national_mentor_availability_user on national_mentor_availability (username);

-- A national mentor's confirmed consultations in every tenant, so that two tenants cannot book
-- the same hour: written in the same transaction as the tenant's consultation.
create table national_mentor_booking (
  username        varchar(100) not null references national_mentor (username) on delete cascade,
  starts_at       timestamptz  not null,
  ends_at         timestamptz  not null,
  tenant_slug     varchar(40)  not null references tenant (slug) on delete cascade,
  consultation_id uuid         not null unique,
  primary key (username, starts_at)
);
create index national_mentor_booking_range on national_mentor_booking (username, ends_at);
