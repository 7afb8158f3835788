-- The catalogue of service items (政务服务事项实施清单). One row per item holds its current
-- published version; materials and approval steps hang off it in order. Every edit bumps
-- version (optimistic lock) and is audited; earlier versions are kept by later migrations.
create schema if not exists catalogue;

create table catalogue.item (
    id               bigserial primary key,
    code             varchar(40)  not null unique,
    basic_code       varchar(40)  not null,
    name             varchar(200) not null,
    kind             varchar(40)  not null,
    unit_id          bigint       not null,
    unit_code        varchar(40)  not null,
    statutory_days   int          not null check (statutory_days >= 0),
    promised_days    int          not null check (promised_days >= 0 and promised_days <= statutory_days),
    online           boolean      not null default false,
    visits_in_person int          not null default 1 check (visits_in_person between 0 and 9),
    version          int          not null default 1,
    published        boolean      not null default true,
    updated_at       timestamptz  not null default now()
);
create index item_unit on catalogue.item(unit_id);

create table catalogue.material (
    id        bigserial primary key,
    item_id   bigint       not null references catalogue.item(id) on delete cascade,
    position  int          not null,
    code      varchar(20)  not null,
    name      varchar(200) not null,
    form      varchar(12)  not null check (form in ('ORIGINAL', 'COPY', 'ELECTRONIC')),
    required  boolean      not null default true,
    condition varchar(300),
    copies    int          not null default 1 check (copies between 0 and 20),
    unique (item_id, code),
    unique (item_id, position)
);

create table catalogue.step (
    id           bigserial primary key,
    item_id      bigint       not null references catalogue.item(id) on delete cascade,
    position     int          not null,
    name         varchar(100) not null,
    role         varchar(40)  not null,
    unit_code    varchar(40),
    working_days int          not null check (working_days >= 0),
    unique (item_id, position)
);
