-- Nothing reads these: an adopted template's revision says when it changed (the audit log says
-- who and when), and a draft shows only when it was saved last.
alter table tenant_template drop column if exists updated_at;
alter table template_draft drop column if exists created_at;
