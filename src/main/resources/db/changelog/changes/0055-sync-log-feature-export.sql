--liquibase formatted sql

-- generated export files are logged in the run history too
--changeset mentorsync:0055-sync-log-feature-export
alter table sync_log drop constraint sync_log_sync_type_check;
alter table sync_log add constraint sync_log_sync_type_check check (sync_type in
    ('initialization', 'automated', 'manual', 'feature_csv_upload', 'contact_sync', 'feature_export'));
