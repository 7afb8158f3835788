-- One appeal-sized row (about 700 bytes: a title, a real-length message, a citizen, a place)
-- into a copy of the appeal table with the same indexes: the database's own intake limit.
\set n random(1, 1000000000)
insert into bench.appeal (tracking_number, channel, type, title, content, category_code, division_code, address,
    citizen_name, citizen_mobile, anonymous, status, registered_at, updated_at, stage_deadline)
values (lpad(:n::text, 13, '0'), 'HOTLINE', 'COMPLAINT', '南明区花果园R2区门口垃圾三天没人清运，气味很大',
    repeat('小区门口的垃圾已经堆了三天没有人清运，天气热气味很大，居民出入很不方便，希望有关部门尽快处理。', 6),
    '0102', '520102031000', '贵阳市南明区花果园R2区', '王先生', '13912345678', false, 'REGISTERED', now(), now(),
    now() + interval '3 days')
on conflict (tracking_number) do nothing;
