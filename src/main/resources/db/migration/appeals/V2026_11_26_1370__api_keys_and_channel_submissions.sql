-- Machines that file appeals: Open311 clients, the app, WeChat, the province's platform.

-- Only a hash of each key is kept: a stolen database does not give working keys. key_prefix lets
-- an administrator recognise a key without being able to use it.
create table appeals.api_key (
    id            bigserial primary key,
    key_hash      char(64) not null unique,
    key_prefix    varchar(12) not null,
    client_name   varchar(100) not null,
    channel       varchar(24) not null check (channel in ('OPEN311', 'APP', 'WECHAT', 'PROVINCE_PLATFORM')),
    active        boolean not null default true,
    created_by    varchar(100),
    created_at    timestamptz not null default now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz
);

-- One row per (client, Idempotency-Key): a retried submission finds the appeal made the first
-- time. The primary key is what stops two concurrent retries from both registering.
create table appeals.channel_submission (
    api_key_id       bigint not null references appeals.api_key(id),
    idempotency_key  varchar(100) not null,
    request_hash     char(64) not null,
    appeal_id        bigint references appeals.appeal(id),
    created_at       timestamptz not null default now(),
    primary key (api_key_id, idempotency_key)
);
create index channel_submission_appeal_idx on appeals.channel_submission (appeal_id);

-- What an Open311 request carries beyond the appeal itself (GeoReport v2 fields).
create table appeals.open311_request (
    appeal_id    bigint primary key references appeals.appeal(id),
    api_key_id   bigint not null references appeals.api_key(id),
    token        char(32) not null unique,
    email        varchar(200),
    device_id    varchar(100),
    account_id   varchar(100),
    media_url    varchar(1000),
    address_id   varchar(100),
    attributes   text
);
