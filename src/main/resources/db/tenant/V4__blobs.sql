-- Files of this tenant (BlobStore): content addressed by its sha256, stored once per tenant, kept
-- in ~1 MiB bytea chunks so it streams both ways with bounded memory, never rewritten.
create table blob (
  sha256       char(64)     primary key check (sha256 ~ '^[0-9a-f]{64}$'),
  size         bigint       not null check (size >= 0),
  content_type varchar(120) not null,
  -- the chunks' key: an upload writes its chunks under a fresh id before its hash is known
  chunks_id    uuid         not null unique,
  chunk_count  int          not null check (chunk_count >= 0),
  created_at   timestamptz  not null default now()
);

-- Deferred: an upload writes its chunks first and its blob row at the end (or drops the chunks when
-- the same content is already stored); at commit every chunk must belong to a blob.
create table blob_chunk (
  chunks_id uuid  not null references blob (chunks_id) deferrable initially deferred,
  seq       int   not null check (seq >= 0),
  bytes     bytea not null,
  primary key (chunks_id, seq)
);

-- Stored content is never rewritten: a changed file is a new blob.
create function blob_never_rewritten() returns trigger language plpgsql as $$
begin
  raise exception 'stored files are never rewritten (%)', tg_table_name;
end $$;
create trigger blob_no_update before update on blob
  for each row execute function blob_never_rewritten();
create trigger blob_chunk_no_update before update on blob_chunk
  for each row execute function blob_never_rewritten();

-- Every CSV import of work units, with the file as it was uploaded.
create table work_unit_import (
  id           uuid         primary key,
  blob_sha256  char(64)     not null references blob (sha256),
  filename     varchar(255) not null,
  imported_by  varchar(120) not null,
  imported_at  timestamptz  not null default now(),
  created      int          not null,
  updated      int          not null
);
create index work_unit_import_at on work_unit_import (imported_at desc);
