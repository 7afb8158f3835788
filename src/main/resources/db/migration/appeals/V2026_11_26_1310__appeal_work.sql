-- The work after registration: deadline rules, extension requests, the clock, reviews (复查/复核).

-- 办理时限规则: the most specific matching rule wins (channel, type, petition type, urgency, category).
create table appeals.deadline_rule (
    id             bigserial primary key,
    stage          varchar(16) not null check (stage in ('ACCEPT', 'DISPATCH', 'SIGN_FOR', 'REPLY', 'FOLLOW_UP', 'REVIEW')),
    channel        varchar(24),
    type           varchar(24),
    petition_type  varchar(24),
    urgency        varchar(10),
    category_code  varchar(12) references appeals.category(code),
    amount         integer not null check (amount between 1 and 1000),
    unit           varchar(16) not null check (unit in ('WORKING_HOURS', 'WORKING_DAYS', 'HOURS', 'DAYS')),
    note           varchar(200),
    updated_at     timestamptz not null default now(),
    updated_by     varchar(100) not null default 'system',
    version        integer not null default 0
);
create unique index deadline_rule_match_idx on appeals.deadline_rule
    (stage, coalesce(channel, ''), coalesce(type, ''), coalesce(petition_type, ''), coalesce(urgency, ''), coalesce(category_code, ''));

insert into appeals.deadline_rule(stage, channel, type, petition_type, urgency, amount, unit, note) values
    ('ACCEPT',    null, null, null, null, 1, 'WORKING_DAYS', '1个工作日内受理'),
    ('DISPATCH',  null, null, null, null, 4, 'WORKING_HOURS', '受理后4个工作小时内派单'),
    ('SIGN_FOR',  null, null, null, null, 2, 'WORKING_HOURS', '2个工作小时内签收'),
    ('REPLY',     null, null, null, null, 5, 'WORKING_DAYS', '5个工作日内答复'),
    ('FOLLOW_UP', null, null, null, null, 3, 'WORKING_DAYS', '答复后3个工作日内未评价的自动办结'),
    ('SIGN_FOR',  null, null, null, 'URGENT', 1, 'WORKING_HOURS', '紧急：1个工作小时内签收'),
    ('REPLY',     null, null, null, 'URGENT', 24, 'HOURS', '紧急：24小时内答复'),
    ('DISPATCH',  null, null, null, 'URGENT', 1, 'WORKING_HOURS', '紧急：1个工作小时内派单'),
    -- 信访工作条例: 15日内决定是否受理; 申诉求决类 60日内办结; 复查/复核 30日内答复.
    ('ACCEPT',    'PETITION', null, null, null, 15, 'DAYS', '信访工作条例：15日内告知是否受理'),
    ('REPLY',     'PETITION', null, null, null, 60, 'DAYS', '信访工作条例：60日内办结'),
    ('REPLY',     'PETITION', null, 'CLAIM', null, 60, 'DAYS', '申诉求决类：受理之日起60日内办结'),
    ('SIGN_FOR',  'PETITION', null, null, null, 1, 'WORKING_DAYS', '信访件1个工作日内签收'),
    ('REVIEW',    'PETITION', null, null, null, 30, 'DAYS', '复查/复核：收到请求之日起30日内答复');

alter table appeals.appeal
    add column dispatched_at            timestamptz,
    add column signed_for_at            timestamptz,
    add column extension_days           smallint,
    add column extension_reason         varchar(500),
    add column reminders                smallint not null default 0,
    add column reopens                  smallint not null default 0,
    add column review_level             smallint not null default 0 check (review_level between 0 and 2),
    add column dispatcher_note          varchar(500),
    add column decline_reason           varchar(500);
create index appeal_replied_due_idx on appeals.appeal (stage_deadline) where status = 'REPLIED';
