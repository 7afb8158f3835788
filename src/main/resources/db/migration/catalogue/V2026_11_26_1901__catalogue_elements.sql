-- The remaining elements of the implementation list (实施清单), versions, files, the reform
-- ledger and the search index. catalogue.item/material/step keep holding the current
-- version; catalogue.item_version keeps every version as a snapshot so old ones stay viewable.
alter table catalogue.item
    add column level           varchar(12)  not null default 'PROVINCE'
        check (level in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE')),
    add column summary         text         not null default '',
    add column conditions      text         not null default '',
    add column place           varchar(300) not null default '',
    add column hours           varchar(300) not null default '',
    add column consult_phone   varchar(40)  not null default '',
    add column complaint_phone varchar(40)  not null default '',
    add column scope           varchar(12)  not null default 'PROVINCE'
        check (scope in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE')),
    add column life_events     varchar(20)[] not null default '{}',
    add column created_at      timestamptz  not null default now(),
    add column updated_by      varchar(100) not null default 'system';
create index item_life_events on catalogue.item using gin (life_events);

-- 设定依据: several laws and articles per item
create table catalogue.item_basis (
    item_id  bigint       not null references catalogue.item(id) on delete cascade,
    position int          not null,
    law      varchar(200) not null,
    article  varchar(100) not null default '',
    excerpt  text         not null default '',
    primary key (item_id, position)
);

-- 收费: no rows means free of charge
create table catalogue.item_fee (
    item_id  bigint        not null references catalogue.item(id) on delete cascade,
    position int           not null,
    name     varchar(200)  not null,
    amount   numeric(12,2) not null check (amount >= 0),
    basis    varchar(300)  not null,
    primary key (item_id, position)
);

alter table catalogue.material
    add column source      varchar(300) not null default '',
    add column standard    varchar(500) not null default '',
    add column legal_basis varchar(300) not null default '',
    add column notes       varchar(500) not null default '';

alter table catalogue.step
    add column legal_basis varchar(300) not null default '';

-- Blank forms (空白表格) and filled samples (示例样表) of a material, kept across versions
create table catalogue.document (
    id            bigserial primary key,
    item_id       bigint       not null references catalogue.item(id) on delete cascade,
    material_code varchar(20)  not null,
    kind          varchar(10)  not null check (kind in ('BLANK', 'SAMPLE')),
    filename      varchar(200) not null,
    content_type  varchar(100) not null,
    size          int          not null,
    content       bytea        not null,
    uploaded_at   timestamptz  not null default now(),
    uploaded_by   varchar(100) not null,
    unique (item_id, material_code, kind)
);

create table catalogue.item_version (
    item_id    bigint       not null references catalogue.item(id) on delete cascade,
    version    int          not null,
    snapshot   jsonb        not null,
    note       varchar(300) not null default '',
    changed_by varchar(100) not null,
    changed_at timestamptz  not null default now(),
    primary key (item_id, version)
);

-- 减环节、砍材料: every removed step or material with its reason
create table catalogue.reform (
    id          bigserial primary key,
    item_id     bigint       not null references catalogue.item(id) on delete cascade,
    unit_code   varchar(40)  not null,
    kind        varchar(10)  not null check (kind in ('STEP', 'MATERIAL')),
    name        varchar(200) not null,
    reason      varchar(30)  not null,
    note        varchar(500) not null default '',
    removed_on  date         not null,
    removed_by  varchar(100) not null,
    version     int          not null
);
create index reform_unit on catalogue.reform(unit_code);

-- Search index: words, character bigrams and pinyin initials of each item
create table catalogue.search_term (
    term    varchar(80) not null,
    item_id bigint      not null references catalogue.item(id) on delete cascade,
    weight  smallint    not null,
    primary key (term, item_id)
);
create index search_term_prefix on catalogue.search_term(term text_pattern_ops);
create index search_term_item on catalogue.search_term(item_id);
