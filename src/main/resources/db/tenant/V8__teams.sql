-- Innovator teams: a team belongs to a work unit, has a name unique within it, members (active
-- memberships of this tenant) and exactly one leader among them. The leader is a column of the
-- team that must name one of its member rows, so "one leader, who is a member" holds in the data.
create table team (
  id                   uuid         primary key,
  name                 varchar(200) not null,
  work_unit_id         uuid         not null references work_unit (id),
  leader_membership_id uuid         not null,
  version              bigint       not null default 0,
  created_at           timestamptz  not null default now(),
  updated_at           timestamptz  not null default now()
);
create unique index team_name_per_work_unit on team (work_unit_id, lower(name));
create index team_name_search on team (lower(name) varchar_pattern_ops);

create table team_member (
  team_id       uuid not null references team (id) on delete cascade,
  membership_id uuid not null references membership (id),
  primary key (team_id, membership_id)
);
create index team_member_membership on team_member (membership_id);

alter table team
  add constraint team_leader_is_member foreign key (id, leader_membership_id)
  references team_member (team_id, membership_id) deferrable initially deferred;
