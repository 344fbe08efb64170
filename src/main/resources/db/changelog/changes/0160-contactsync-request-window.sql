--liquibase formatted sql

--changeset mentorsync:0160-contactsync-request-window
-- when each GET /contacts request went out, from any app instance: the next contact sync, wherever it runs, counts
-- the last minute's requests against Givebutter's limit; rows older than the window are deleted as runs start
create table givebutter_contact_requests (
    sent_at timestamptz not null
);
create index givebutter_contact_requests_sent_idx on givebutter_contact_requests (sent_at);
