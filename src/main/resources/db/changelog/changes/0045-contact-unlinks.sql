--liquibase formatted sql

--changeset mentorsync:0045-contact-unlinks
-- an admin's "this contact is not this mentor": later uploads never link the pair again (undone by deleting the row)
create table mn_contact_unlinks (
    mn_id text not null references mentors (mn_id) on delete cascade,
    contact_id bigint not null,
    unlinked_at timestamptz not null,
    unlinked_by text not null,
    primary key (mn_id, contact_id)
);
