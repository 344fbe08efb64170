--liquibase formatted sql

-- Matching reads every stored contact into memory (ContactIndex), and no query filters the contacts table by phone,
-- email or external id (the one on external ids groups by its trimmed value and scans anyway). The three indexes were
-- read by nothing and rebuilt by every first upload and kept row by row by every later one.

--changeset mentorsync:0190-contacts-drop-unread-indexes
drop index raw_gb_full_contacts_primary_phone_idx;
drop index raw_gb_full_contacts_primary_email_idx;
drop index raw_gb_full_contacts_external_id_idx;
