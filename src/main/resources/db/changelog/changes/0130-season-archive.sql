--liquibase formatted sql

-- Last season's mentors, tasks, audit and form rows, moved here by "Start a new season": out of every live count,
-- grid and export, still readable. Each archive table has its live table's columns (LIKE) plus the season and
-- when it was archived; SeasonArchiveSchemaIT fails when a live table gains a column its archive lacks.

--changeset mentorsync:0130-seasons
create table seasons (
    label             text primary key,
    campaign_code     text        not null,
    archived_at       timestamptz not null,
    archived_by       text        not null,
    mentors_archived  integer     not null,
    errors_closed     integer     not null
);

--changeset mentorsync:0130-season-mentors
create table season_mentors (like mentors including defaults);
alter table season_mentors add column season text not null references seasons (label);
alter table season_mentors add column archived_at timestamptz not null;
alter table season_mentors add primary key (season, mn_id);

create table season_mn_tasks (like mn_tasks including defaults);
alter table season_mn_tasks add column season text not null references seasons (label);
alter table season_mn_tasks add column archived_at timestamptz not null;
alter table season_mn_tasks add primary key (season, mn_id);

create table season_mentor_field_changes (like mentor_field_changes);
alter table season_mentor_field_changes add column season text not null references seasons (label);
alter table season_mentor_field_changes add column archived_at timestamptz not null;
alter table season_mentor_field_changes add primary key (season, id);

--changeset mentorsync:0130-season-form-rows
create table season_raw_mn_signups (like raw_mn_signups including defaults);
alter table season_raw_mn_signups add column season text not null references seasons (label);
alter table season_raw_mn_signups add column archived_at timestamptz not null;
alter table season_raw_mn_signups add primary key (season, submission_id);

create table season_raw_mn_funds_setup (like raw_mn_funds_setup including defaults);
alter table season_raw_mn_funds_setup add column season text not null references seasons (label);
alter table season_raw_mn_funds_setup add column archived_at timestamptz not null;
alter table season_raw_mn_funds_setup add primary key (season, submission_id);

create table season_raw_gb_campaign_members (like raw_gb_campaign_members including defaults);
alter table season_raw_gb_campaign_members add column season text not null references seasons (label);
alter table season_raw_gb_campaign_members add column archived_at timestamptz not null;
alter table season_raw_gb_campaign_members add primary key (season, member_id);
