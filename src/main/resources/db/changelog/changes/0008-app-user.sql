--liquibase formatted sql

--changeset mentorsync:0008-app-user
create table app_user (
    id             bigserial primary key,
    username       text        not null unique,
    password_hash  text        not null,
    role           text        not null default 'ADMIN',
    enabled        boolean     not null default true,
    created_at     timestamptz not null default now(),
    constraint app_user_role_check check (role in ('ADMIN'))
);
