-- National mentors this tenant accepted: for the whole clinic (no team rows) or for chosen teams.
-- A revoke deletes the rows; the audit trail keeps the history.
create table mentor_acceptance (
  username     varchar(100) primary key,
  user_id      varchar(64)  not null,
  whole_clinic boolean      not null,
  accepted_at  timestamptz  not null default now(),
  accepted_by  varchar(100) not null,
  version      bigint       not null default 0
);

create table mentor_acceptance_team (
  username varchar(100) not null references mentor_acceptance (username) on delete cascade,
  team_id  uuid         not null references team (id) on delete cascade,
  primary key (username, team_id)
);
create index mentor_acceptance_team_team on mentor_acceptance_team (team_id);
