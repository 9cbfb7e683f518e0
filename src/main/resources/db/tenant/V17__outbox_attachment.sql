-- A mail may carry one attachment (an invitation's .ics): its name, MIME type and bytes, written
-- with the message in the change's transaction, sent as a second part of a multipart mail.
alter table outbox
  add column attachment_name varchar(200),
  add column attachment_type varchar(200),
  add column attachment      bytea;
