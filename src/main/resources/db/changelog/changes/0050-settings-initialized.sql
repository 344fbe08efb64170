--liquibase formatted sql

--changeset mentorsync:0050-settings-initialized
-- who finished the setup wizard, and the wizard step reached so far (reopening the wizard resumes there)
alter table sync_config add column initialized_by text;
alter table sync_config add column setup_step integer not null default 1;
alter table sync_config add constraint sync_config_setup_step_check check (setup_step between 1 and 5);

--changeset mentorsync:0050-settings-changes
-- who changed which setting when; key values are never written here, only that a key changed
create table settings_changes (
    id         bigserial primary key,
    changed_at timestamptz not null,
    changed_by text        not null,
    setting    text        not null,
    old_value  text,
    new_value  text
);
create index settings_changes_changed_at_idx on settings_changes (changed_at desc);
