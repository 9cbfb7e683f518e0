-- Mail waiting to be sent, written in the same transaction as the change that causes it.
-- The sender claims due rows (FOR UPDATE SKIP LOCKED), sends, then marks them SENT; a row is
-- sent under the Message-ID derived from its id, so a crash between send and mark can repeat the
-- message only with the same Message-ID. idempotency_key makes a repeated cause queue nothing.
create table outbox (
  id              uuid         primary key,
  idempotency_key varchar(200) not null unique,
  recipient       varchar(320) not null,
  language        varchar(10)  not null,
  template_key    varchar(80)  not null,
  parameters      jsonb        not null default '{}',
  status          varchar(20)  not null default 'QUEUED'
                  check (status in ('QUEUED', 'SENDING', 'SENT', 'FAILED')),
  attempts        integer      not null default 0,
  next_attempt_at timestamptz  not null default now(),
  claimed_at      timestamptz,
  last_error      text,
  created_at      timestamptz  not null default now(),
  sent_at         timestamptz
);
create index outbox_due on outbox (next_attempt_at) where status in ('QUEUED', 'SENDING');
create index outbox_created on outbox (created_at desc);
