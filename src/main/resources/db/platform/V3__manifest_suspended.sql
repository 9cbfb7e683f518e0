-- The manifest's own "suspended" flag as last applied: a manifest edit changes the status only
-- when this flag changes, so a suspension made in the console survives unrelated edits.
alter table tenant add column manifest_suspended boolean;
