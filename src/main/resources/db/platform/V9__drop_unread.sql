-- Nothing reads these: reconcile runs are reported by the app's memory (GET reconcile) and the
-- platform audit; a published template's kind is in its YAML. Dropped so that nobody trusts a
-- column that is never kept right.
drop table if exists reconcile_run;
alter table published_template drop column if exists kind;
