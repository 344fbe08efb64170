--liquibase formatted sql

--changeset mentorsync:0001-mentors
create table mentors (
    mn_id                 text primary key,
    phone                 text,
    gb_contact_id         bigint,
    gb_member_id          bigint,
    first_name            text,
    middle_name           text,
    last_name             text,
    preferred_name        text        not null,
    full_name             text,
    personal_email        text,
    uga_email             text,
    gender                text,
    shirt_size            text,
    uga_class             text,
    shift_preference      text,
    partner_preference    text,
    status_category       text        not null default 'needs_setup',
    status_text           text,
    signup_submission_id  text,
    setup_submission_id   text,
    signup_at             timestamptz,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    version               bigint      not null default 0,
    constraint mentors_status_category_check check (status_category in
        ('needs_setup', 'needs_page', 'needs_fundraising', 'needs_training', 'complete'))
);
-- family members share a parent's phone (edge case 2): indexed, never unique
create index mentors_phone_idx on mentors (phone);
create index mentors_gb_contact_id_idx on mentors (gb_contact_id);
create index mentors_gb_member_id_idx on mentors (gb_member_id);
create index mentors_personal_email_idx on mentors (lower(personal_email));
create index mentors_uga_email_idx on mentors (lower(uga_email));

--changeset mentorsync:0001-mn-tasks
create table mn_tasks (
    mn_id               text primary key references mentors (mn_id) on delete cascade,
    signup_done         boolean       not null default true,
    signup_at           timestamptz,
    setup_done          boolean       not null default false,
    setup_at            timestamptz,
    campaign_member     boolean       not null default false,
    campaign_joined_at  timestamptz,
    amount_raised       numeric(12, 2) not null default 0,
    fundraised_done     boolean       not null default false,
    fundraised_at       timestamptz,
    training_done       boolean       not null default false,
    training_at         timestamptz,
    updated_at          timestamptz   not null default now(),
    version             bigint        not null default 0
);
