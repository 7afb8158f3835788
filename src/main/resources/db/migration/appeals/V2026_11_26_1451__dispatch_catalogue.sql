-- 派单目录: which unit leads (and which co-operate) for a category within a division. The most
-- specific category code and the deepest division containing the appeal's place win
-- (docs/routing.md).
create table appeals.dispatch_catalogue (
    id              bigserial primary key,
    category_code   varchar(12) not null references appeals.category (code),
    division_prefix varchar(12) not null check (division_prefix ~ '^[0-9]{2,12}$'),
    lead_unit_code  varchar(40) not null,
    co_unit_codes   varchar(400) not null default '',
    unique (category_code, division_prefix)
);
