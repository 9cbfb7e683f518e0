-- Full-text search over an innovation's profile in Bahasa Indonesia and in English, and indexes
-- for the list's filters. Both languages are kept as generated columns, so every write (the app,
-- an import, a hand-made UPDATE) keeps them right without a trigger; each has its own GIN index.
-- The name weighs most (A), then what the innovation is for and achieved (B), then the long
-- narratives (C). PostgreSQL's `indonesian` Snowball stemmer takes affixes off, so
-- `pengembangan` and `mengembangkan` both become `embang`; `english` does the same for English.
alter table innovation
  add column search_id tsvector generated always as (
    setweight(to_tsvector('indonesian'::regconfig, coalesce(name, '')), 'A')
    || setweight(to_tsvector('indonesian'::regconfig,
         coalesce(goals, '') || ' ' || coalesce(benefits, '') || ' ' || coalesce(results, '')), 'B')
    || setweight(to_tsvector('indonesian'::regconfig,
         coalesce(design_narrative, '') || ' ' || coalesce(key_changes, '') || ' '
         || coalesce(beneficiaries, '')), 'C')
  ) stored,
  add column search_en tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, coalesce(name, '')), 'A')
    || setweight(to_tsvector('english'::regconfig,
         coalesce(goals, '') || ' ' || coalesce(benefits, '') || ' ' || coalesce(results, '')), 'B')
    || setweight(to_tsvector('english'::regconfig,
         coalesce(design_narrative, '') || ' ' || coalesce(key_changes, '') || ' '
         || coalesce(beneficiaries, '')), 'C')
  ) stored;

create index innovation_search_id on innovation using gin (search_id);
create index innovation_search_en on innovation using gin (search_en);

-- Filters (team and other affairs have their indexes from V12): the list's year is the
-- application date's, else the trial date's.
create index innovation_filter_stage on innovation (stage);
create index innovation_filter_kind on innovation (kind);
create index innovation_filter_form on innovation (form);
create index innovation_filter_primary_affair on innovation (primary_affair);
create index innovation_filter_work_unit on innovation (work_unit_id);
create index innovation_filter_year
  on innovation ((extract(year from coalesce(application_date, trial_date))::int));
create index innovation_filter_shared on innovation (shared) where shared;
-- The list without a query is ordered by name; an import looks names up without case.
create index innovation_name_lower on innovation (lower(name));
