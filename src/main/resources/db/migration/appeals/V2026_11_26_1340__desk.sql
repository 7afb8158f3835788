-- The people's channels (desk): knowledge base, on-the-spot answers, board support, petition
-- intake form and review requests, ratings' comments, attachments and tracking rate limits.

-- 知识库: answers operators read out during a call; searched by words (pg_trgm narrows ILIKE).
create extension if not exists pg_trgm;
create table appeals.kb_answer (
    id          bigserial primary key,
    title       varchar(200) not null,
    keywords    varchar(500) not null default '',
    answer      text not null check (length(answer) <= 5000),
    use_count   integer not null default 0,
    active      boolean not null default true,
    updated_by  varchar(100),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create index kb_answer_search_idx on appeals.kb_answer
    using gin ((title || ' ' || keywords || ' ' || answer) gin_trgm_ops);

-- 当场答复: which knowledge-base answer closed which consultation.
create table appeals.spot_answer (
    appeal_id    bigint primary key references appeals.appeal(id),
    kb_answer_id bigint not null references appeals.kb_answer(id),
    answered_at  timestamptz not null default now()
);

-- 附议 ("me too") on the message board: one per citizen account per appeal.
create table appeals.board_support (
    appeal_id   bigint not null references appeals.appeal(id),
    account_id  bigint not null,
    created_at  timestamptz not null default now(),
    primary key (appeal_id, account_id)
);

-- How a petition arrived: 网上 (online form), 来信 (letter) or 来访 (visit).
create table appeals.petition_intake (
    appeal_id  bigint primary key references appeals.appeal(id),
    form       varchar(10) not null check (form in ('ONLINE', 'LETTER', 'VISIT'))
);

-- 复查 / 复核 requests: the original petition and the linked petition registered for it.
-- The work module computes their deadlines from requested_at.
create table appeals.review_request (
    id                 bigserial primary key,
    original_appeal_id bigint not null references appeals.appeal(id),
    linked_appeal_id   bigint not null unique references appeals.appeal(id),
    kind               varchar(10) not null check (kind in ('REVIEW', 'RECHECK')),
    reason             text not null,
    requested_at       timestamptz not null default now(),
    unique (original_appeal_id, kind)
);

-- What the citizen said with a rating, and how it was given (page or follow-up call).
create table appeals.rating_note (
    appeal_id               bigint primary key references appeals.appeal(id),
    comment                 varchar(500),
    via                     varchar(10) not null check (via in ('PAGE', 'CALL')),
    recorded_by_account_id  bigint
);

-- Photos and PDFs, in the database so every node serves them without shared disks.
create table appeals.attachment (
    id                  bigserial primary key,
    appeal_id           bigint not null references appeals.appeal(id),
    filename            varchar(120) not null,
    media_type          varchar(40) not null,
    size_bytes          integer not null check (size_bytes > 0),
    sha256              char(64) not null,
    content             bytea not null,
    uploaded_by_account_id bigint,
    uploaded_at         timestamptz not null default now()
);
create index attachment_appeal_idx on appeals.attachment (appeal_id, id);

-- Bucket4j token buckets for tracking look-ups per address, shared by every node.
create table appeals.rate_bucket (
    id          varchar(200) primary key,
    state       bytea,
    expires_at  bigint
);
