-- The service network (服务网点): 政务服务中心 at province, city and county, 便民服务中心 at
-- township, 便民服务站 at village. Each point sits in one directory division (by code; the
-- directory owns divisions, so no foreign key across schemas) and lists the items it handles
-- by catalogue item code, so an item not yet published can already be attached.
create schema if not exists network;

create table network.point (
    id              bigserial primary key,
    name            varchar(120) not null,
    kind            varchar(10)  not null check (kind in ('CENTRE', 'HUB', 'STATION')),
    level           varchar(10)  not null check (level in ('PROVINCE','CITY','COUNTY','TOWNSHIP','VILLAGE')),
    division_code   char(12)     not null check (division_code ~ '^[0-9]{12}$'),
    division_name   varchar(300) not null,
    unit_code       varchar(40),
    address         varchar(200) not null,
    latitude        numeric(9, 6) check (latitude between -90 and 90),
    longitude       numeric(9, 6) check (longitude between -180 and 180),
    phone           varchar(30),
    hours           varchar(200) not null,
    terminals       int          not null default 0 check (terminals between 0 and 999),
    agent_service   boolean      not null default false,
    active          boolean      not null default true,
    version         int          not null default 0,
    updated_at      timestamptz  not null default now(),
    unique (division_code, name)
);
create index point_division_idx on network.point (division_code) where active;

create table network.point_item (
    point_id   bigint      not null references network.point(id) on delete cascade,
    item_code  varchar(40) not null,
    primary key (point_id, item_code)
);
create index point_item_code_idx on network.point_item (item_code, point_id);
