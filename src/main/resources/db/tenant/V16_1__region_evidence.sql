-- Region-level evidence: the index's region measures (SPD, indicators 1–15) are proven by documents
-- of the region, not of an innovation. Such an item has no innovation and names the indicator it
-- proves; its title is unique per indicator like an innovation's.
alter table evidence alter column innovation_id drop not null;
alter table evidence add constraint evidence_region_item_names_indicator
  check (innovation_id is not null or (indicator_id is not null and slot is null));
create unique index evidence_region_one_per_title on evidence (indicator_id, title_key)
  where innovation_id is null;
