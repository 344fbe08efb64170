--liquibase formatted sql

-- the wizard's last step: the repeat upload of a fresh contacts export after the contact import
--changeset mentorsync:0131-setup-repeat-upload-step
alter table sync_config drop constraint sync_config_setup_step_check;
alter table sync_config add constraint sync_config_setup_step_check check (setup_step between 1 and 6);
