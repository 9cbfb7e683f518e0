-- The tenant's logo from branding.logo in its manifest, as a data: URI (at most 100 KB of image),
-- shown in the page frame without a file store.
alter table platform.tenant add column logo text;
