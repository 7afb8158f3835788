-- China's working-day calendar: the days that differ from the plain weekend rule, per published
-- year, and office hours of units that keep their own.
create schema if not exists calendar;

-- A year is "published" once the State Council's notice for it has been entered; dates in other
-- years fall back to the weekend rule and are answered as provisional.
create table calendar.published_year (
    year         integer primary key check (year between 1949 and 2200),
    source       varchar(300) not null,
    imported_at  timestamptz not null default now(),
    imported_by  varchar(100) not null
);

-- OFF: a holiday (may fall on a weekend); WORKDAY: a Saturday or Sunday worked to make up (调休上班).
create table calendar.special_day (
    day   date primary key,
    year  integer not null references calendar.published_year(year) on delete cascade,
    name  varchar(50) not null check (length(trim(name)) > 0),
    kind  varchar(10) not null check (kind in ('OFF', 'WORKDAY')),
    check (extract(year from day) = year),
    check (kind = 'OFF' or extract(isodow from day) in (6, 7))
);
create index special_day_year_idx on calendar.special_day (year);

-- One row, bumped by every change in the same transaction. Each app node keeps the calendar in
-- memory and compares this number periodically, so a change reaches every node within seconds;
-- updating the row also serialises concurrent changes.
create table calendar.revision (
    id      boolean primary key default true check (id),
    number  bigint not null
);
insert into calendar.revision(id, number) values (true, 1);

-- Office hours of a unit that does not keep the default (09:00-12:00, 13:30-17:30).
-- unit_id is directory.unit(id); no foreign key across modules (and that table is created by a
-- later migration) — the application checks the unit exists through the directory's facade.
create table calendar.unit_office_hours (
    unit_id     bigint primary key,
    time_zone   varchar(40) not null default 'Asia/Shanghai',
    updated_at  timestamptz not null default now(),
    updated_by  varchar(100) not null
);

create table calendar.office_session (
    unit_id  bigint not null references calendar.unit_office_hours(unit_id) on delete cascade,
    starts   time not null,
    ends     time not null check (ends > starts),
    primary key (unit_id, starts)
);
