--liquibase formatted sql

-- A signup without a usable mentor id gets a 999xxx placeholder; this keeps it the same for the same submission
-- on every later ETL run.
--changeset mentorsync:0020-sync-mn-id-placeholders
create table mn_id_placeholders (
    submission_id  text primary key,
    mn_id          text        not null unique,
    assigned_at    timestamptz not null default now()
);
