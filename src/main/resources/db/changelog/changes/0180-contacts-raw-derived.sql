--liquibase formatted sql

-- An export's unknown columns are exactly its custom fields: raw is derived from custom_fields, not sent and stored
-- as a second copy by every upload.

--changeset mentorsync:0180-contacts-raw-derived
alter table raw_gb_full_contacts drop column raw;
alter table raw_gb_full_contacts add column raw jsonb generated always as (custom_fields) stored;
