-- Government units learn what they are, what they do and how to reach them; divisions become
-- searchable by a part of their name.
create extension if not exists pg_trgm;

alter table directory.unit
    add column kind        varchar(30) not null default 'DEPARTMENT'
        check (kind in ('GOVERNMENT_OFFICE','DEPARTMENT','HOTLINE_CENTRE','TOWNSHIP_SERVICE_CENTRE','VILLAGE_SERVICE_POINT')),
    add column duties      varchar(2000) not null default '',
    add column phone       varchar(40),
    add column address     varchar(200),
    add column updated_at  timestamptz not null default now(),
    add constraint unit_not_own_parent check (parent_id is null or parent_id <> id);
alter table directory.unit alter column kind drop default;
create index unit_parent_idx on directory.unit (parent_id);
create index unit_name_trgm_idx on directory.unit using gin (name gin_trgm_ops);
