-- Accounts, roles, SMS verification challenges and the shared rate-limit buckets.
create schema if not exists identity;

create table identity.role (
    name         varchar(30) primary key,
    staff        boolean not null,
    sort_order   integer not null
);

insert into identity.role(name, staff, sort_order) values
    ('CITIZEN', false, 0),
    ('HOTLINE_OPERATOR', true, 10),
    ('DISPATCHER', true, 20),
    ('UNIT_HANDLER', true, 30),
    ('UNIT_HEAD', true, 40),
    ('SUPERVISOR', true, 50),
    ('WINDOW_CLERK', true, 60),
    ('VILLAGE_AGENT', true, 70),
    ('COMMUNITY_ORGANISER', true, 80),
    ('VOLUNTEER', true, 90),
    ('ADMIN', true, 100);

-- Citizens sign in with a mobile number, staff with a username. Staff always belong to a unit
-- (directory.unit, validated through the directory's facade rather than a cross-schema key).
create table identity.account (
    id                    bigserial primary key,
    kind                  varchar(10) not null check (kind in ('CITIZEN', 'STAFF')),
    username              varchar(40) unique check (username = lower(username)),
    mobile                char(11) unique check (mobile ~ '^1[3-9][0-9]{9}$'),
    display_name          varchar(60) not null,
    password_hash         varchar(255) not null,
    unit_id               bigint,
    enabled               boolean not null default true,
    must_change_password  boolean not null default false,
    created_at            timestamptz not null default now(),
    password_changed_at   timestamptz not null default now(),
    version               integer not null default 0,
    constraint account_kind_shape check (
        (kind = 'CITIZEN' and mobile is not null and username is null and unit_id is null)
        or (kind = 'STAFF' and username is not null and unit_id is not null))
);
create index account_unit_idx on identity.account (unit_id);

create table identity.account_role (
    account_id  bigint not null references identity.account(id) on delete cascade,
    role        varchar(30) not null references identity.role(name),
    primary key (account_id, role)
);

-- One SMS code sent to a mobile number. The code itself is never stored, only its hash.
create table identity.sms_challenge (
    id           uuid primary key,
    mobile       char(11) not null,
    purpose      varchar(20) not null,
    code_hash    varchar(255) not null,
    expires_at   timestamptz not null,
    attempts     integer not null default 0,
    verified_at  timestamptz,
    created_at   timestamptz not null default now()
);
create index sms_challenge_mobile_idx on identity.sms_challenge (mobile, created_at);

-- Bucket4j token buckets, shared by every application node (failed sign-ins, SMS sending).
create table identity.rate_bucket (
    id          varchar(200) primary key,
    state       bytea,
    expires_at  bigint
);
