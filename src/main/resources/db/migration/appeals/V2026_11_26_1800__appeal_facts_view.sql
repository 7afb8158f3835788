-- The appeals module's published data contract for figures (weekly disclosure, assessment,
-- dashboards): one row per matter (appeals merged into another are left out, so a merged group
-- counts once), with the dates and counts the figures are made of. Read-only; other modules read
-- these views, never appeals.appeal.
create view appeals.appeal_facts as
    select a.id as appeal_id, a.tracking_number, a.lead_unit_id as unit_id, a.division_code, a.channel,
           a.category_code, coalesce(p.parent_code, c.parent_code, a.category_code) as category_root, a.status, a.registered_at, a.dispatched_at,
           a.signed_for_at, a.replied_at, a.reply_deadline, a.stage_deadline, a.closed_at, a.rating, a.rated_at,
           a.returns, a.extensions, a.reopens
    from appeals.appeal a left join appeals.category c on c.code = a.category_code
         left join appeals.category p on p.code = c.parent_code
    where a.merged_into_id is null;
comment on view appeals.appeal_facts is
    'Published contract for figures: one row per matter (merged duplicates left out); dates of each stage, rating, counts.';

-- The steps that count against a unit (退单, 延期, 重办), dated and attributed to the unit that
-- took them (or, for a reopen, whose reply was reopened).
-- An extension counts against the unit that asked for it, a reopen against the unit whose reply
-- was reopened; the step itself is taken by the dispatcher.
create view appeals.appeal_steps as
    select t.appeal_id, t.action, t.occurred_at,
           case when t.action = 'RETURN' then t.unit_id else (
               select p.unit_id from appeals.appeal_transition p
               where p.appeal_id = t.appeal_id and p.id < t.id and p.unit_id is not null
                 and p.action = case t.action when 'APPROVE_EXTENSION' then 'REQUEST_EXTENSION' else 'REPLY' end
               order by p.id desc limit 1) end as unit_id
    from appeals.appeal_transition t join appeals.appeal a on a.id = t.appeal_id
    where a.merged_into_id is null and t.action in ('RETURN', 'APPROVE_EXTENSION', 'REOPEN');
comment on view appeals.appeal_steps is
    'Published contract for figures: returns, approved extensions and reopens of matters, dated, with the unit.';

-- Recomputing one (unit, day) of figures reads only that unit's rows of that day.
create index appeal_unit_dispatched_idx on appeals.appeal (lead_unit_id, dispatched_at);
create index appeal_unit_closed_idx on appeals.appeal (lead_unit_id, closed_at);
create index appeal_unit_signed_idx on appeals.appeal (lead_unit_id, signed_for_at);
create index appeal_unit_rated_idx on appeals.appeal (lead_unit_id, rated_at);
create index appeal_transition_time_idx on appeals.appeal_transition (occurred_at) where action in ('RETURN', 'APPROVE_EXTENSION', 'REOPEN');

-- The first-level categories, named, for the figures' category breakdown.
create view appeals.category_roots as
    select code, name from appeals.category where parent_code is null;
