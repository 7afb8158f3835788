-- Hot topics (热点问题) for leaders: the groups of appeals on one matter found for a window and a
-- division, kept so a leader can record a decision and publish a response, and so a topic that
-- grows fast raises its trend alert once (docs/hot-topics.md).
create table appeals.hot_topic (
    id                 bigserial primary key,
    window_from        date not null,
    window_to          date not null,
    division_prefix    varchar(12) not null,
    -- the earliest appeal of the group in the window: the same group keeps its row when recomputed
    anchor_appeal_id   bigint not null references appeals.appeal (id),
    title              varchar(200) not null,
    place              varchar(300),
    first_at           timestamptz not null,
    last_at            timestamptz not null,
    appeals            integer not null,
    citizens           integer not null,
    previous_citizens  integer not null,
    supports           integer not null,
    merged             integer not null,
    appeal_ids         bigint[] not null,
    alert              boolean not null default false,
    alerted_at         timestamptz,
    decision           varchar(2000),
    decision_unit_code varchar(40),
    decision_date      date,
    decided_by         varchar(100),
    decided_at         timestamptz,
    response           varchar(500),
    responded_by       varchar(100),
    responded_at       timestamptz,
    updated_at         timestamptz not null,
    check (window_from < window_to),
    unique (window_from, window_to, division_prefix, anchor_appeal_id)
);
create index hot_topic_alert_idx on appeals.hot_topic (alerted_at) where alert;

-- One row per finished ISO week whose topics were kept: the weekly job runs on every node, the
-- first to insert the row does the work, the others see the key taken and do nothing.
create table appeals.hot_topic_week (
    week_start   date primary key,
    computed_at  timestamptz not null,
    topics       integer not null
);

-- Which appeals (which citizens) were given a topic's response: shown on their tracking page.
create table appeals.hot_topic_notice (
    topic_id   bigint not null references appeals.hot_topic (id),
    appeal_id  bigint not null references appeals.appeal (id),
    sent_at    timestamptz not null,
    primary key (topic_id, appeal_id)
);
create index hot_topic_notice_appeal_idx on appeals.hot_topic_notice (appeal_id);
