--liquibase formatted sql

--changeset mentorsync:0005-mn-errors
create table mn_errors (
    id             bigserial primary key,
    mn_id          text,
    phone          text,
    email          text,
    error_type     text        not null,
    error_key      text        not null,
    error_message  text        not null,
    severity       text        not null,
    source_table   text,
    raw_data       jsonb,
    resolved       boolean     not null default false,
    resolved_at    timestamptz,
    resolved_by    text,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    version        bigint      not null default 0,
    constraint mn_errors_severity_check check (severity in ('critical', 'error', 'warning', 'info')),
    constraint mn_errors_error_type_check check (error_type in (
        'missing_mn_id', 'duplicate_signup', 'shared_phone', 'invalid_phone', 'multiple_contacts',
        'duplicate_gb_contact', 'multiple_mentors_one_contact', 'external_id_mismatch', 'member_without_contact',
        'contact_data_conflict', 'contact_deleted', 'api_error', 'unlinked_setup', 'unlinked_member',
        'mentor_dropped'))
);
-- one row per cause: re-running the same import or ETL updates it instead of adding another
create unique index mn_errors_cause_idx on mn_errors (error_type, error_key);
create index mn_errors_mn_id_idx on mn_errors (mn_id);
create index mn_errors_open_idx on mn_errors (resolved, severity);
