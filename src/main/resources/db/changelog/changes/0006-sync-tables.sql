--liquibase formatted sql

--changeset mentorsync:0006-sync-config
create table sync_config (
    id                            integer primary key default 1,
    jotform_api_key               text,
    jotform_base_url              text        not null default 'https://api.jotform.com',
    jotform_signup_form_id        text,
    jotform_setup_form_id         text,
    givebutter_api_key            text,
    givebutter_base_url           text        not null default 'https://api.givebutter.com/v1',
    givebutter_campaign_code      text,
    givebutter_campaign_id        bigint,
    automated_sync_enabled        boolean     not null default false,
    sync_interval_hours           integer     not null default 6,
    contact_sync_enabled          boolean     not null default false,
    contact_sync_interval_hours   integer     not null default 24,
    initialized_at                timestamptz,
    updated_at                    timestamptz not null default now(),
    version                       bigint      not null default 0,
    constraint sync_config_single_row check (id = 1),
    constraint sync_config_interval_check check (sync_interval_hours between 1 and 168),
    constraint sync_config_contact_interval_check check (contact_sync_interval_hours between 1 and 168)
);
insert into sync_config (id) values (1);

--changeset mentorsync:0006-sync-log
create table sync_log (
    id                  bigserial primary key,
    sync_type           text        not null,
    status              text        not null,
    triggered_by        text        not null,
    triggered_by_user   text,
    started_at          timestamptz not null default now(),
    completed_at        timestamptz,
    duration_ms         bigint,
    records_processed   integer     not null default 0,
    records_inserted    integer     not null default 0,
    records_updated     integer     not null default 0,
    records_failed      integer     not null default 0,
    steps               jsonb       not null default '[]',
    error_message       text,
    error_details       jsonb,
    constraint sync_log_sync_type_check check (sync_type in
        ('initialization', 'automated', 'manual', 'feature_csv_upload', 'contact_sync')),
    constraint sync_log_status_check check (status in ('running', 'completed', 'failed')),
    constraint sync_log_triggered_by_check check (triggered_by in ('manual', 'scheduled', 'system'))
);
create index sync_log_started_at_idx on sync_log (started_at desc);

--changeset mentorsync:0006-csv-import-log
create table csv_import_log (
    id                         bigserial primary key,
    filename                   text        not null,
    uploaded_at                timestamptz not null default now(),
    uploaded_by                text,
    file_size_bytes            bigint,
    total_contacts             integer     not null default 0,
    mentors_matched            integer     not null default 0,
    new_contact_ids_captured   integer     not null default 0,
    duplicates_detected        integer     not null default 0,
    duration_ms                bigint,
    outcome                    text        not null,
    message                    text,
    constraint csv_import_log_outcome_check check (outcome in ('completed', 'rejected', 'cancelled', 'failed'))
);
create index csv_import_log_uploaded_at_idx on csv_import_log (uploaded_at desc);
