-- Online applications (网上申办): the applicant's filing, its materials, the clerk's check
-- (受理 / 一次性告知 / 不予受理), approval step by step, decision, result and delivery.
-- The item is copied by code and version: a later catalogue edit never changes a filed case.
create schema if not exists applications;

create table applications.application (
    id                 bigserial primary key,
    number             varchar(20)  not null unique,
    item_code          varchar(40)  not null,
    item_version       int          not null,
    item_name          varchar(200) not null,
    unit_id            bigint       not null,
    hall_unit_id       bigint       not null,
    promised_days      int          not null check (promised_days >= 0),
    channel            varchar(8)   not null check (channel in ('ONLINE', 'WINDOW', 'AGENT')),
    owner_account_id   bigint,
    filed_by_account   bigint       not null,
    consent_note       varchar(300),
    applicant_kind     varchar(8)   not null check (applicant_kind in ('PERSON', 'COMPANY')),
    applicant_name     varchar(100) not null,
    id_number          varchar(18),
    credit_code        varchar(18),
    legal_rep          varchar(50),
    mobile             varchar(11)  not null,
    fields             jsonb        not null default '[]',
    -- the item's materials and steps as filed: approval follows the version applied for
    materials          jsonb        not null default '[]',
    steps              jsonb        not null default '[]',
    state              varchar(16)  not null,
    step_position      int,
    step_role          varchar(40),
    step_unit_id       bigint,
    step_started_on    date,
    clock_runs         jsonb        not null default '[]',
    notice_issued      boolean      not null default false,
    submitted_on       date,
    accepted_on        date,
    decision           varchar(8) check (decision in ('GRANTED', 'REFUSED')),
    decision_note      varchar(1000),
    result_number      varchar(40),
    delivery           varchar(8) check (delivery in ('WINDOW', 'POST')),
    delivery_address   varchar(300),
    tracking_number    varchar(40),
    completed_on       date,
    last_warned_step   int,
    version            int          not null default 0,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now()
);
create index application_owner on applications.application(owner_account_id);
create index application_hall on applications.application(hall_unit_id, state);
create index application_unit on applications.application(unit_id, state);
create index application_step on applications.application(step_unit_id, step_role) where state = 'IN_APPROVAL';

create table applications.material (
    id             bigserial primary key,
    application_id bigint       not null references applications.application(id) on delete cascade,
    material_code  varchar(20)  not null,
    file_name      varchar(100) not null,
    content_type   varchar(60)  not null,
    content        bytea        not null,
    uploaded_at    timestamptz  not null default now()
);
create index material_application on applications.material(application_id);

create table applications.history (
    id             bigserial primary key,
    application_id bigint       not null references applications.application(id) on delete cascade,
    occurred_at    timestamptz  not null default now(),
    actor          varchar(100) not null,
    action         varchar(30)  not null,
    step_position  int,
    note           varchar(1000)
);
create index history_application on applications.history(application_id, id);

-- Documents given to the applicant: receipt (受理通知书), one-time notice (一次性告知书),
-- rejection (不予受理决定书); the PDF is kept as issued.
create table applications.document (
    id             bigserial primary key,
    application_id bigint       not null references applications.application(id) on delete cascade,
    kind           varchar(12)  not null check (kind in ('RECEIPT', 'NOTICE', 'REJECTION')),
    issued_at      timestamptz  not null default now(),
    pdf            bytea        not null,
    unique (application_id, kind)
);

create table applications.notice_item (
    id             bigserial primary key,
    application_id bigint       not null references applications.application(id) on delete cascade,
    material_code  varchar(20)  not null,
    material_name  varchar(200) not null,
    reason         varchar(300) not null
);

-- 好差评: one review per completed application, one score per national indicator.
create table applications.review (
    id             bigserial primary key,
    application_id bigint       not null unique references applications.application(id) on delete cascade,
    unit_id        bigint       not null,
    rated_on       date         not null,
    overall        int          not null check (overall between 1 and 5),
    comment        varchar(500),
    created_at     timestamptz  not null default now()
);
create index review_unit on applications.review(unit_id);

create table applications.review_score (
    review_id bigint      not null references applications.review(id) on delete cascade,
    indicator varchar(20) not null,
    score     int         not null check (score between 1 and 5),
    primary key (review_id, indicator)
);

-- 差评 follow-up: 回访核实 then 整改, due in working days, closed by the unit head and a supervisor.
create table applications.rectification (
    id                bigserial primary key,
    review_id         bigint       not null unique references applications.review(id) on delete cascade,
    unit_id           bigint       not null,
    opened_on         date         not null,
    due_on            date         not null,
    state             varchar(12)  not null check (state in ('OPEN', 'VERIFIED', 'RECTIFIED', 'CLOSED')),
    verification_note varchar(1000),
    rectification_note varchar(1000),
    rectified_on      date,
    closed_on         date,
    closed_by         varchar(100)
);
create index rectification_unit on applications.rectification(unit_id, state);

create table applications.rate_bucket (
    id         varchar(200) primary key,
    state      bytea,
    expires_at bigint
);
create sequence applications.result_number;
