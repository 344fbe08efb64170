--liquibase formatted sql

-- Values that win over what the ETL derives from Jotform: synced back from Givebutter (fields either side may
-- change) or chosen by an admin in the conflict review (an override of a Jotform-owned field).
--changeset mentorsync:0030-mentor-field-overrides
create table mentor_field_overrides (
    mn_id   text        not null references mentors (mn_id) on delete cascade,
    field   text        not null,
    value   text,
    source  text        not null,
    set_by  text,
    set_at  timestamptz not null default now(),
    primary key (mn_id, field),
    constraint mentor_field_overrides_source_check check (source in ('givebutter', 'admin'))
);

-- Every change the contact sync or a conflict review makes to a mentor.
--changeset mentorsync:0030-mentor-field-changes
create table mentor_field_changes (
    id          bigserial primary key,
    mn_id       text        not null references mentors (mn_id) on delete cascade,
    field       text        not null,
    old_value   text,
    new_value   text,
    source      text        not null,
    changed_by  text,
    changed_at  timestamptz not null default now(),
    constraint mentor_field_changes_source_check check (source in ('givebutter_sync', 'conflict_review', 'admin'))
);
create index mentor_field_changes_mn_id_idx on mentor_field_changes (mn_id, changed_at desc);

--changeset mentorsync:0030-mn-errors-manual-review
alter table mn_errors add column needs_manual_review boolean not null default false;
