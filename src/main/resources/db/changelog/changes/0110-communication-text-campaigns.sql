--liquibase formatted sql

-- Every generated text campaign with its file's bytes, so a past campaign downloads again exactly as it was
--changeset mentorsync:0110-text-campaigns
create table text_campaigns (
    id                   bigserial   primary key,
    name                 text        not null,
    template             text        not null,
    -- status codes in funnel order, comma-separated
    statuses             text        not null,
    recipient_count      integer     not null,
    without_phone_count  integer     not null,
    created_by           text        not null,
    created_at           timestamptz not null,
    filename             text        not null,
    file_sha256          char(64)    not null,
    file_content         bytea       not null
);
create index text_campaigns_created_at_idx on text_campaigns (created_at desc);
