-- Appeals: one ticket per matter, whatever the channel; every move recorded in appeal_transition.
create schema if not exists appeals;

create table appeals.category (
    code         varchar(12) primary key,
    name         varchar(60) not null,
    parent_code  varchar(12) references appeals.category(code),
    level        smallint not null check (level between 1 and 3),
    active       boolean not null default true
);
create index category_parent_idx on appeals.category (parent_code);

create table appeals.appeal (
    id                      bigserial primary key,
    tracking_number         char(13) not null unique,
    channel                 varchar(24) not null,
    type                    varchar(24) not null,
    petition_type           varchar(24),
    title                   varchar(200) not null,
    content                 text not null check (length(content) <= 5000),
    category_code           varchar(12) references appeals.category(code),
    division_code           char(12),
    address                 varchar(300),
    latitude                numeric(9, 6),
    longitude               numeric(9, 6),
    citizen_name            varchar(50),
    citizen_mobile          varchar(11),
    citizen_id_number       varchar(18),
    citizen_account_id      bigint,
    anonymous               boolean not null default false,
    confidential            boolean not null default false,
    urgency                 varchar(10) not null default 'NORMAL',
    filed_by_account_id     bigint,
    filed_on_behalf         boolean not null default false,
    status                  varchar(24) not null,
    lead_unit_id            bigint,
    responsible_account_id  bigint,
    responsible_name        varchar(50),
    stage_deadline          timestamptz,
    reply_deadline          timestamptz,
    clock_stopped_at        timestamptz,
    extension_requested     boolean not null default false,
    extensions              smallint not null default 0,
    returns                 smallint not null default 0,
    reply                   text,
    replied_at              timestamptz,
    rating                  varchar(24),
    rated_at                timestamptz,
    merged_into_id          bigint references appeals.appeal(id),
    registered_at           timestamptz not null default now(),
    accepted_at             timestamptz,
    closed_at               timestamptz,
    updated_at              timestamptz not null default now(),
    version                 integer not null default 0,
    check (anonymous or citizen_name is not null or citizen_mobile is not null or citizen_account_id is not null)
);
create index appeal_status_idx on appeals.appeal (status, stage_deadline);
create index appeal_unit_idx on appeals.appeal (lead_unit_id, status);
create index appeal_mobile_idx on appeals.appeal (citizen_mobile);
create index appeal_citizen_idx on appeals.appeal (citizen_account_id);
create index appeal_registered_idx on appeals.appeal (registered_at);
create index appeal_division_idx on appeals.appeal (division_code);

-- 协办: co-units that help the lead unit.
create table appeals.co_unit (
    appeal_id  bigint not null references appeals.appeal(id),
    unit_id    bigint not null,
    primary key (appeal_id, unit_id)
);

-- Every move: who, when, why. public = shown on the citizen's timeline.
create table appeals.appeal_transition (
    id             bigserial primary key,
    appeal_id      bigint not null references appeals.appeal(id),
    action         varchar(24) not null,
    from_status    varchar(24),
    to_status      varchar(24) not null,
    actor          varchar(100) not null,
    actor_account_id bigint,
    unit_id        bigint,
    reason         varchar(2000),
    public         boolean not null default true,
    occurred_at    timestamptz not null default now()
);
create index appeal_transition_appeal_idx on appeals.appeal_transition (appeal_id, id);
