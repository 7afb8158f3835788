-- Supervisor board benchmark: 1,000,000 stage clocks (200,000 open) and 20,000 supervision orders
-- in a scratch database, then the board's own queries (late, about to go late, per unit, per
-- person) for a city-level supervisor, timed by EXPLAIN ANALYZE. Run with docs/bench/oversight-board.sh.
\set ON_ERROR_STOP on
\i src/main/resources/db/migration/oversight/V2026_11_26_1600__oversight.sql
\i src/main/resources/db/migration/oversight/V2026_11_26_1750__paused_clocks_dispatch_stage_supervision_orders.sql

insert into oversight.stage_clock(appeal_id, tracking_number, round, stage, unit_id, responsible_account_id, started_at,
    deadline, open, division_code, category_code, channel, title)
select i, lpad(i::text, 13, '0'), 1, (array['DISPATCH','SIGN_FOR','REPLY'])[1 + i % 3], 1 + i % 400, 1 + i % 3000,
    timestamptz '2026-03-01 09:00+08' + (i % 600) * interval '1 hour',
    timestamptz '2026-03-10 09:00+08' + (i % 900) * interval '1 hour',
    i % 5 = 0,
    (array['520102000000','520103000000','520111000000','520123000000','522301000000','520000000000'])[1 + i % 6],
    'C' || (i % 40), (array['HOTLINE','APP','PETITION','MESSAGE_BOARD'])[1 + i % 4], '诉求 ' || i
from generate_series(1, 1000000) i;
insert into oversight.supervision_order(number, unit_id, unit_division_code, level, reason, answer_days, deadline, state,
    issued_by, issued_by_name, issued_at)
select 'DB2026' || lpad(i::text, 6, '0'), 1 + i % 400, '520100000000', (array['YELLOW','RED'])[1 + i % 2], '督办', 3,
    timestamptz '2026-03-20 17:30+08', (array['ISSUED','ANSWERED','ACCEPTED'])[1 + i % 3], 1, '陈督办',
    timestamptz '2026-03-16 10:00+08'
from generate_series(1, 20000) i;
insert into oversight.supervision_order_appeal(order_id, appeal_id, tracking_number)
select id, id * 50, lpad((id * 50)::text, 13, '0') from oversight.supervision_order;
vacuum analyze;

\timing on
-- late, in the supervisor's division (Guiyang, prefix 5201)
explain (analyze, timing off, summary on) select c.appeal_id, c.tracking_number, c.title, c.stage, c.unit_id,
    c.responsible_account_id, c.deadline, c.channel, c.category_code,
    (select case when bool_or(o.level = 'RED') then 'RED' else min(o.level) end from oversight.supervision_order o
        join oversight.supervision_order_appeal oa on oa.order_id = o.id
        where oa.appeal_id = c.appeal_id and o.state <> 'ACCEPTED') as order_level
from oversight.stage_clock c where c.open and c.paused_at is null and c.division_code like '5201%'
  and c.deadline <= timestamptz '2026-04-15 10:00+08' order by c.deadline limit 300;
-- per unit, soon and late
explain (analyze, timing off, summary on) select c.unit_id as key,
    count(*) filter (where c.deadline > timestamptz '2026-04-15 10:00+08' and c.deadline <= timestamptz '2026-04-16 10:00+08') as soon,
    count(*) filter (where c.deadline <= timestamptz '2026-04-15 10:00+08') as late
from oversight.stage_clock c where c.open and c.paused_at is null and c.division_code like '5201%'
  and c.deadline <= timestamptz '2026-04-16 10:00+08' and c.unit_id is not null
group by 1 order by 3 desc, 2 desc limit 100;
-- per person, filtered by channel and stage
explain (analyze, timing off, summary on) select c.responsible_account_id as key,
    count(*) filter (where c.deadline > timestamptz '2026-04-15 10:00+08' and c.deadline <= timestamptz '2026-04-16 10:00+08') as soon,
    count(*) filter (where c.deadline <= timestamptz '2026-04-15 10:00+08') as late
from oversight.stage_clock c where c.open and c.paused_at is null and c.division_code like '5201%'
  and c.channel = 'HOTLINE' and c.stage = 'REPLY'
  and c.deadline <= timestamptz '2026-04-16 10:00+08' and c.responsible_account_id is not null
group by 1 order by 3 desc, 2 desc limit 100;
