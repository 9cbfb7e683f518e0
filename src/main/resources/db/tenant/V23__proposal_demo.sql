-- Demo proposals (the seeded 2025 city competition's 49 entries) are marked so that nobody takes
-- them for a real team's work and a reconcile finds the ones it seeded.
alter table proposal add column demo boolean not null default false;
