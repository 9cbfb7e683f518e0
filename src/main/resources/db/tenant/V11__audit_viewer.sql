-- The audit trail viewer filters by person and by kind of object, newest first, and by day
-- (audit_log_at from V1 serves the day range alone).
create index audit_log_actor_at on audit_log (lower(actor), at desc, id desc);
create index audit_log_entity_at on audit_log (entity, at desc, id desc);
