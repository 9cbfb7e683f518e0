-- Proposals (C6): written for an innovation in one of the tenant's forms, section by section.
-- Every save keeps a version; a section's text at version n is its newest revision at or before n,
-- so a version stores only the sections it changed.

create table proposal (
  id               uuid         primary key,
  innovation_id    uuid         not null references innovation (id) on delete cascade,
  form_template_id varchar(120) not null,
  form_version     varchar(40)  not null,
  state            varchar(20)  not null,
  revision         integer      not null,
  created_at       timestamptz  not null,
  created_by       varchar(200) not null,
  updated_at       timestamptz  not null,
  updated_by       varchar(200) not null,
  constraint proposal_state check (state in ('draft', 'submitted', 'in-review', 'revise', 'final'))
);
create index proposal_innovation on proposal (innovation_id);

-- One save: who, when, which sections changed, whether text came from an AI suggestion.
create table proposal_version (
  proposal_id      uuid         not null references proposal (id) on delete cascade,
  number           integer      not null,
  saved_at         timestamptz  not null,
  saved_by         varchar(200) not null,
  changed_sections varchar(2000) not null,
  ai_assisted      boolean      not null default false,
  primary key (proposal_id, number)
);

-- A section's content as a version left it (text, and the values of the section's fields as JSON).
create table proposal_section_revision (
  proposal_id   uuid         not null references proposal (id) on delete cascade,
  section_id    varchar(120) not null,
  number        integer      not null,
  body          text         not null,
  fields_json   text,
  ai_assisted   boolean      not null default false,
  primary key (proposal_id, section_id, number)
);

-- A required (or optional) attachment of the form: a file in the BlobStore or an evidence item.
create table proposal_attachment (
  id            uuid         primary key,
  proposal_id   uuid         not null references proposal (id) on delete cascade,
  attachment_id varchar(120) not null,
  file_sha256   char(64)     references blob (sha256),
  file_name     varchar(255),
  file_type     varchar(120),
  file_size     bigint,
  evidence_id   uuid         references evidence (id) on delete cascade,
  added_at      timestamptz  not null,
  added_by      varchar(200) not null,
  constraint proposal_attachment_one check ((file_sha256 is null) <> (evidence_id is null)),
  unique (proposal_id, attachment_id)
);

-- A mentor's (or anyone's who reads the proposal) comment on a section, threaded by parent.
create table proposal_comment (
  id            uuid          primary key,
  proposal_id   uuid          not null references proposal (id) on delete cascade,
  parent_id     uuid          references proposal_comment (id) on delete cascade,
  section_id    varchar(120)  not null,
  start_word    integer,
  end_word      integer,
  anchor_number integer       not null,
  quote         varchar(1000),
  body          varchar(4000) not null,
  author        varchar(200)  not null,
  author_name   varchar(300)  not null,
  created_at    timestamptz   not null,
  resolved_at   timestamptz,
  resolved_by   varchar(200),
  version       bigint        not null default 0
);
create index proposal_comment_proposal on proposal_comment (proposal_id, created_at);
