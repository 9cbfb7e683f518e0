-- The latest run of each tenant job for each tenant: when it started and finished, how much it
-- did, and its error. One row per (job, tenant), overwritten by each run, so a job that runs every
-- few seconds does not grow the table; failures counts the runs that failed in a row.
create table job_run (
  job_name     varchar(80)  not null,
  tenant       varchar(40)  not null,
  started_at   timestamptz  not null,
  finished_at  timestamptz,
  progress     integer      not null default 0,
  error        text,
  failures     integer      not null default 0,
  last_success_at timestamptz,
  primary key (job_name, tenant)
);
