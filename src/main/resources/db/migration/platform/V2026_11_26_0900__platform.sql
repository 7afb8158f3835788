-- The platform's own bookkeeping. Each module owns one schema; this one is the platform's.
create schema if not exists platform;

create table platform.demo_seed (
    name       varchar(100) primary key,
    seeded_at  timestamptz not null default now()
);
