-- Administrative divisions (统计用区划代码) and government units.
create schema if not exists directory;

create table directory.division (
    code         char(12) primary key check (code ~ '^[0-9]{12}$'),
    name         varchar(100) not null,
    level        varchar(10) not null check (level in ('PROVINCE','CITY','COUNTY','TOWNSHIP','VILLAGE')),
    parent_code  char(12) references directory.division(code),
    full_name    varchar(300) not null
);
create index division_parent_idx on directory.division (parent_code);
create index division_name_idx on directory.division (name);

create table directory.unit (
    id             bigserial primary key,
    code           varchar(40) not null unique,
    name           varchar(120) not null,
    division_code  char(12) not null references directory.division(code),
    parent_id      bigint references directory.unit(id),
    active         boolean not null default true,
    version        integer not null default 0
);
create index unit_division_idx on directory.unit (division_code);
