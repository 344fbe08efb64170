--liquibase formatted sql

--changeset mentorsync:0170-daily-pages-indexes
-- the Mentors grid filters active mentors by status; the error log pages newest first, open or by type
create index mentors_active_status_idx on mentors (status_category) where not dropped;
create index mn_errors_updated_idx on mn_errors (updated_at desc, id desc);
create index mn_errors_open_updated_idx on mn_errors (updated_at desc, id desc) where not resolved;
create index mn_errors_type_idx on mn_errors (error_type, resolved);
