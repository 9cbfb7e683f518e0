-- The journey of each innovation through the stages of the tenant's journey template.
-- Every record keeps the template id and version and the stage's and artifact's ids and labels it
-- was made against, so a later change of template (another version, LAN 5D instead of design
-- thinking) loses nothing: records that no longer match a stage are shown as "from an earlier
-- journey" with the labels they were written under.

-- Where an innovation stands: one row per innovation once someone moved it (else: the first stage).
create table journey_position (
  innovation_id    uuid         primary key references innovation (id) on delete cascade,
  template_id      varchar(120) not null,
  template_version varchar(40)  not null,
  stage_id         varchar(120) not null,
  stage_title_id   varchar(300) not null,
  stage_title_en   varchar(300),
  moved_at         timestamptz  not null,
  moved_by         varchar(200) not null
);

-- What an innovation recorded for one artifact of one stage: a text, a file (BlobStore), done.
create table journey_artifact (
  id                uuid         primary key,
  innovation_id     uuid         not null references innovation (id) on delete cascade,
  template_id       varchar(120) not null,
  template_version  varchar(40)  not null,
  stage_id          varchar(120) not null,
  stage_title_id    varchar(300) not null,
  stage_title_en    varchar(300),
  artifact_id       varchar(120) not null,
  artifact_title_id varchar(300) not null,
  artifact_title_en varchar(300),
  body              text,
  file_sha256       char(64)     references blob (sha256),
  file_name         varchar(255),
  file_type         varchar(120),
  file_size         bigint,
  done              boolean      not null default false,
  updated_at        timestamptz  not null,
  updated_by        varchar(200) not null,
  version           bigint       not null default 0,
  -- a newer version of the same template keeps the records of the stages and artifacts it kept
  unique (innovation_id, template_id, stage_id, artifact_id)
);
create index journey_artifact_innovation on journey_artifact (innovation_id);
