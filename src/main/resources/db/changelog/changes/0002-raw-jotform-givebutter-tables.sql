--liquibase formatted sql

--changeset mentorsync:0002-raw-mn-signups
create table raw_mn_signups (
    submission_id       text primary key,
    form_id             text,
    submitted_at        timestamp,
    updated_at          timestamp,
    status              text,
    mn_id_answer        text,
    prefix              text,
    first_name          text,
    middle_name         text,
    last_name           text,
    suffix              text,
    phone               text,
    uga_email           text,
    personal_email      text,
    uga_class           text,
    shirt_size          text,
    gender              text,
    shift_preference    text,
    partner_preference  text,
    submission          jsonb       not null,
    synced_at           timestamptz not null default now()
);

--changeset mentorsync:0002-raw-mn-funds-setup
create table raw_mn_funds_setup (
    submission_id  text primary key,
    form_id        text,
    submitted_at   timestamp,
    updated_at     timestamp,
    status         text,
    full_name      text,
    phone          text,
    email          text,
    submission     jsonb       not null,
    synced_at      timestamptz not null default now()
);

--changeset mentorsync:0002-raw-gb-campaign-members
create table raw_gb_campaign_members (
    member_id     bigint primary key,
    campaign_id   bigint,
    first_name    text,
    last_name     text,
    display_name  text,
    email         text,
    phone         text,
    picture       text,
    raised        numeric(12, 2),
    goal          numeric(12, 2),
    donors        integer,
    items         integer,
    url           text,
    created_at    timestamptz,
    updated_at    timestamptz,
    member        jsonb       not null,
    synced_at     timestamptz not null default now()
);
create index raw_gb_campaign_members_email_idx on raw_gb_campaign_members (lower(email));
create index raw_gb_campaign_members_phone_idx on raw_gb_campaign_members (phone);
