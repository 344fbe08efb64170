--liquibase formatted sql

-- The API keys are stored encrypted; these hold only their last four characters, so the settings can show which
-- key is configured without decrypting it.
--changeset mentorsync:0021-sync-api-key-hints
alter table sync_config add column jotform_api_key_last4 text;
alter table sync_config add column givebutter_api_key_last4 text;
