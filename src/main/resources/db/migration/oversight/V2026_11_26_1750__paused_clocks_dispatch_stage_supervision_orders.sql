-- Oversight, second part: clocks that stand still while the citizen is asked for more, the
-- dispatcher's 派单 stage, what the board filters on, and supervision orders (督办单).

-- DISPATCH: accepted, waiting to be dispatched by the receiving centre (unit_id = that centre).
alter table oversight.stage_clock drop constraint stage_clock_stage_check;
alter table oversight.stage_clock add constraint stage_clock_stage_check
    check (stage in ('DISPATCH', 'SIGN_FOR', 'REPLY'));
-- set while the citizen is asked for more (补充材料): no point fires while it is set
alter table oversight.stage_clock add column paused_at timestamptz;
-- copied from the appeal when the stage starts, so the board filters without asking appeals per row
alter table oversight.stage_clock add column division_code varchar(12);
alter table oversight.stage_clock add column category_code varchar(40);
alter table oversight.stage_clock add column channel varchar(24);
alter table oversight.stage_clock add column title varchar(200);
-- the board reads running clocks by deadline; the columns it counts by ride along (index-only scans)
create index stage_clock_board_idx on oversight.stage_clock (deadline)
    include (division_code, unit_id, responsible_account_id, stage, channel) where open and paused_at is null;

alter table oversight.notice drop constraint notice_kind_check;
alter table oversight.notice add constraint notice_kind_check
    check (kind in ('WARNING', 'OVERDUE', 'ESCALATED', 'REMINDER', 'ORDER'));

-- 督办单: a supervisor's written order to a unit about one or more appeals.
create sequence oversight.supervision_order_number;
create table oversight.supervision_order (
    id                    bigserial primary key,
    number                varchar(20) not null unique,
    unit_id               bigint not null,
    unit_division_code    varchar(12) not null,
    level                 varchar(6) not null check (level in ('YELLOW', 'RED')),
    reason                varchar(1000) not null,
    answer_days           smallint not null check (answer_days between 1 and 30),
    deadline              timestamptz not null,
    state                 varchar(10) not null check (state in ('ISSUED', 'ANSWERED', 'RETURNED', 'ACCEPTED')),
    issued_by             bigint not null,
    issued_by_name        varchar(100) not null,
    issued_at             timestamptz not null,
    answer_done           varchar(1000),
    answer_finish_by      date,
    answered_by_name      varchar(100),
    answered_at           timestamptz,
    review_note           varchar(1000),
    reviewed_at           timestamptz,
    -- set once, by whichever node's sweep claims the order first
    escalated_to_unit_id  bigint,
    escalated_at          timestamptz,
    version               integer not null default 0
);
create index supervision_order_unit_idx on oversight.supervision_order (unit_id, state);
create index supervision_order_due_idx on oversight.supervision_order (deadline)
    where state in ('ISSUED', 'RETURNED') and escalated_at is null;

create table oversight.supervision_order_appeal (
    order_id         bigint not null references oversight.supervision_order(id),
    appeal_id        bigint not null,
    tracking_number  char(13) not null,
    primary key (order_id, appeal_id)
);
create index supervision_order_appeal_idx on oversight.supervision_order_appeal (appeal_id);

-- a notice about a supervision order links to the order, not to one of its appeals
alter table oversight.notice add column order_id bigint references oversight.supervision_order(id);
