--liquibase formatted sql

-- One row per mentor, columns named exactly as Givebutter's contact import template; custom-field columns come
-- from configuration, so they live in custom_fields keyed by their exact header, in configured order.

--changeset mentorsync:0004-mn-gb-import
create table mn_gb_import (
    mn_id                              text primary key references mentors (mn_id) on delete cascade,
    "Givebutter Contact ID"            text,
    "Contact External ID"              text,
    "Contact Since"                    text,
    "Prefix"                           text,
    "First Name"                       text,
    "Preferred First Name"             text,
    "Middle Name"                      text,
    "Last Name"                        text,
    "Suffix"                           text,
    "Primary Email"                    text,
    "Primary Phone Number"             text,
    "Address Line 1"                   text,
    "Address Line 2"                   text,
    "City"                             text,
    "State"                            text,
    "Zip Code"                         text,
    "Country"                          text,
    "Gender"                           text,
    "Pronouns"                         text,
    "Household Name"                   text,
    "Household Envelope Name"          text,
    "Is Household Primary Contact"     text,
    "Email Addresses"                  text,
    "Phone Numbers"                    text,
    "Date of Birth"                    text,
    "Employer"                         text,
    "Title"                            text,
    "Twitter URL"                      text,
    "LinkedIn URL"                     text,
    "Facebook URL"                     text,
    "TikTok URL"                       text,
    "Tags"                             text,
    "Notes"                            text,
    "Email Subscription Status"        text,
    "Phone Subscription Status"        text,
    "Address Subscription Status"      text,
    custom_fields                      jsonb       not null default '{}',
    needs_sync                         boolean     not null default true,
    last_exported_at                   timestamptz,
    generated_at                       timestamptz not null default now()
);
