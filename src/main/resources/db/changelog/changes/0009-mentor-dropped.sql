--liquibase formatted sql

-- A mentor whose signup disappears from Jotform is never deleted: it is marked dropped.
--changeset mentorsync:0009-mentor-dropped
alter table mentors add column dropped boolean not null default false;
alter table mentors add column dropped_at timestamptz;
create index mentors_active_idx on mentors (dropped) where not dropped;
