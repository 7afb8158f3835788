-- Disclosure (公示与考核): maintained figures, the weekly publications (frozen), corrections,
-- assessment weights. Figures are counts, never rates, so days add up to weeks and years.
create schema if not exists disclosure;

-- Per unit and day (Asia/Shanghai): what the unit's matters did that day.
create table disclosure.unit_day (
    unit_id            bigint not null,
    day                date not null,
    received           integer not null default 0,
    signed_for         integer not null default 0,
    signed_on_time     integer not null default 0,
    completed          integer not null default 0,
    completed_on_time  integer not null default 0,
    rated              integer not null default 0,
    satisfied          integer not null default 0,
    resolved           integer not null default 0,
    returned           integer not null default 0,
    extended           integer not null default 0,
    reopened           integer not null default 0,
    refreshed_at       timestamptz not null,
    primary key (day, unit_id)
);
create index unit_day_unit_idx on disclosure.unit_day (unit_id, day);

-- Per day, channel, first-level category and county: the volume the dashboards chart.
create table disclosure.volume_day (
    day           date not null,
    channel       varchar(24) not null,
    category      varchar(12) not null,
    district      char(6) not null,
    received      integer not null default 0,
    rated         integer not null default 0,
    satisfied     integer not null default 0,
    refreshed_at  timestamptz not null,
    primary key (day, channel, category, district)
);

-- volume_day summed over category and district: the headline figures and trends read a year
-- as a few thousand rows instead of hundreds of thousands.
create table disclosure.channel_day (
    day        date not null,
    channel    varchar(24) not null,
    received   integer not null default 0,
    rated      integer not null default 0,
    satisfied  integer not null default 0,
    primary key (day, channel)
);

-- Cells to recompute: kind U = (unit, day) of unit_day, kind V = a whole day of volume_day (unit 0).
create table disclosure.dirty_cell (
    kind       char(1) not null check (kind in ('U', 'V')),
    unit_id    bigint not null,
    day        date not null,
    marked_at  timestamptz not null default now(),
    primary key (kind, unit_id, day)
);

-- The cells each appeal last counted in, so a return or a reopen (which clear dates) also
-- recomputes the cells the appeal leaves.
create table disclosure.appeal_cell (
    appeal_id  bigint not null,
    kind       char(1) not null,
    unit_id    bigint not null,
    day        date not null,
    primary key (appeal_id, kind, unit_id, day)
);

-- The sign-for deadline of each dispatch (from AppealDispatched): appeals keeps only the
-- current stage's deadline, and 签收及时率 needs the one that applied.
create table disclosure.sign_for_due (
    appeal_id   bigint primary key,
    due         timestamptz not null
);

-- 每周公示: one row per published ISO week; the primary key makes publishing exactly once.
create table disclosure.published_week (
    week          char(8) primary key,
    week_start    date not null,
    published_at  timestamptz not null,
    data_as_of    timestamptz not null,
    published_by  varchar(100) not null
);

-- The frozen figures of a published week.
create table disclosure.published_figure (
    week               char(8) not null references disclosure.published_week(week),
    unit_id            bigint not null,
    unit_name          varchar(100) not null,
    received           integer not null,
    signed_for         integer not null,
    signed_on_time     integer not null,
    completed          integer not null,
    completed_on_time  integer not null,
    rated              integer not null,
    satisfied          integer not null,
    returned           integer not null,
    extended           integer not null,
    primary key (week, unit_id)
);

-- A change to a frozen week found when a later week was published, shown with that week.
create table disclosure.correction (
    id             bigserial primary key,
    published_in   char(8) not null references disclosure.published_week(week),
    week           char(8) not null,
    unit_id        bigint not null,
    unit_name      varchar(100) not null,
    figure         varchar(24) not null,
    old_value      integer not null,
    new_value      integer not null
);
create index correction_published_idx on disclosure.correction (published_in);
create index correction_week_idx on disclosure.correction (week, unit_id);

-- 绩效考核 weights (one row), changed by administrators, audited.
create table disclosure.assessment_weights (
    id            smallint primary key check (id = 1),
    on_time       integer not null check (on_time between 0 and 100),
    satisfaction  integer not null check (satisfaction between 0 and 100),
    response      integer not null check (response between 0 and 100),
    resolution    integer not null check (resolution between 0 and 100),
    updated_at    timestamptz not null default now(),
    updated_by    varchar(100) not null default 'system',
    version       integer not null default 0,
    check (on_time + satisfaction + response + resolution = 100)
);
insert into disclosure.assessment_weights (id, on_time, satisfaction, response, resolution) values (1, 40, 30, 15, 15);

-- 退单, 延期, 重办 as they happened, with the unit they count against: from the events (which
-- name the unit), refilled from appeals.appeal_steps by a full rebuild.
create table disclosure.unit_step (
    appeal_id    bigint not null,
    action       varchar(24) not null check (action in ('RETURN', 'APPROVE_EXTENSION', 'REOPEN')),
    unit_id      bigint not null,
    occurred_at  timestamptz not null,
    primary key (appeal_id, action, occurred_at)
);
create index unit_step_time_idx on disclosure.unit_step (occurred_at, unit_id);
