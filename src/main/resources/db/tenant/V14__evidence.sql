-- The evidence vault: files per innovation, attached to an indicator of the adopted index model
-- (its id, e.g. sid-16), to a profile slot (the budget file, the business profile) or to nothing
-- (general evidence). An item keeps every version it was ever given; a version points at its bytes
-- in the BlobStore (blob, V4) and is never rewritten.
create table evidence (
  id            uuid         primary key,
  innovation_id uuid         not null references innovation (id),
  indicator_id  varchar(60)  check (indicator_id ~ '^[a-z0-9][a-z0-9-]*$'),
  slot          varchar(40)  check (slot in ('budget', 'business-profile')),
  title         varchar(200) not null check (length(trim(title)) > 0),
  -- lower(title): how an upload finds the item it adds a version to (same target, same title)
  title_key     varchar(200) not null,
  created_by    varchar(120) not null,
  created_at    timestamptz  not null default now(),
  check (indicator_id is null or slot is null)
);
create index evidence_of_innovation on evidence (innovation_id);
-- a profile slot holds one item per innovation; a new file there is its next version
create unique index evidence_one_per_slot on evidence (innovation_id, slot) where slot is not null;
-- one item per target and title: a second upload with the same title is the next version
create unique index evidence_one_per_title on evidence
  (innovation_id, coalesce(indicator_id, ''), title_key) where slot is null;

create table evidence_version (
  evidence_id  uuid         not null references evidence (id),
  version      int          not null check (version >= 1),
  blob_sha256  char(64)     not null references blob (sha256),
  filename     varchar(255) not null,
  -- as detected from the bytes at upload, never as the client claimed
  content_type varchar(120) not null,
  size         bigint       not null check (size >= 0),
  uploaded_by  varchar(120) not null,
  uploaded_at  timestamptz  not null default now(),
  primary key (evidence_id, version)
);

-- A version is what was uploaded then: never changed, never removed (as the blob it points at).
create trigger evidence_version_no_update before update or delete on evidence_version
  for each row execute function blob_never_rewritten();
