-- A person's secret calendar feed (GET /calendar/<secret>.ics): only the sha256 of the secret is
-- kept, so a copy of this table opens no feed. One live feed per person; revoking keeps the row
-- (when, by whom) and the feed answers 404 from then on.
create table platform.calendar_feed (
  token_hash char(64)     primary key,
  username   varchar(100) not null,
  created_at timestamptz  not null default now(),
  revoked_at timestamptz
);
create unique index calendar_feed_live on platform.calendar_feed (username) where revoked_at is null;
