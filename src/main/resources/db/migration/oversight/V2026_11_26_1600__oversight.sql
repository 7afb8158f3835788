-- Oversight (督办): its own copy of each open unit stage, kept by the appeals events, and one row
-- per warning point, so warnings are driven by stored deadlines and claimed exactly once.
create schema if not exists oversight;

-- The unit stage an appeal is in now (SIGN_FOR after dispatch, REPLY after signing for).
-- round grows with every new stage, so warnings of an earlier stage never fire for a later one.
create table oversight.stage_clock (
    appeal_id               bigint primary key,
    tracking_number         char(13) not null,
    round                   integer not null,
    stage                   varchar(16) not null check (stage in ('SIGN_FOR', 'REPLY')),
    unit_id                 bigint not null,
    responsible_account_id  bigint,
    started_at              timestamptz not null,
    deadline                timestamptz not null,
    open                    boolean not null default true,
    overdue_since           timestamptz,
    updated_at              timestamptz not null default now()
);
create index stage_clock_unit_idx on oversight.stage_clock (unit_id) where open;
create index stage_clock_deadline_idx on oversight.stage_clock (deadline) where open;

-- One warning point of one stage round: percent 60, 80 ... of the allowed time, 100 = overdue.
-- The unique key is what makes a point fire once, whatever node claims it.
create table oversight.alert (
    id                      bigserial primary key,
    appeal_id               bigint not null references oversight.stage_clock(appeal_id),
    round                   integer not null,
    percent                 smallint not null check (percent between 1 and 100),
    due_at                  timestamptz not null,
    state                   varchar(12) not null default 'PENDING'
                            check (state in ('PENDING', 'SENT', 'SUPERSEDED', 'CANCELLED')),
    sent_at                 timestamptz,
    unique (appeal_id, round, percent)
);
create index alert_due_idx on oversight.alert (due_at) where state = 'PENDING';

-- What a member of staff is told in the console (the SMS says the same).
create table oversight.notice (
    id            bigserial primary key,
    account_id    bigint not null,
    appeal_id     bigint not null,
    kind          varchar(12) not null check (kind in ('WARNING', 'OVERDUE', 'ESCALATED')),
    text_zh       varchar(300) not null,
    text_en       varchar(300) not null,
    created_at    timestamptz not null,
    read_at       timestamptz
);
create index notice_account_idx on oversight.notice (account_id, created_at desc);
