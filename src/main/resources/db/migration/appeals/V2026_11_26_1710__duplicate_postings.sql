-- Candidate search that stays fast with a million appeals in the window. The GIN index on
-- words found every appeal sharing any word, and a common word (小区) matched hundreds of
-- thousands: one search took 33 s. Postings are keyed by county and word ('520102:搅拌站'), as
-- the matcher never links appeals of two counties, so a search reads one county's postings,
-- newest first, and at most a few dozen rows per word. Appeals without a county are kept under
-- the empty county (':搅拌站').
create table appeals.duplicate_posting (
    term_key       text not null,
    registered_at  timestamptz not null,
    appeal_id      bigint not null references appeals.appeal(id),
    primary key (term_key, registered_at, appeal_id)
);
create index duplicate_posting_appeal_idx on appeals.duplicate_posting (appeal_id);

-- Appeals indexed before this change: every word is a posting (a superset of what intake keeps).
insert into appeals.duplicate_posting (term_key, registered_at, appeal_id)
select distinct case when length(a.division_code) >= 6 then left(a.division_code, 6) else '' end || ':' || w,
       t.registered_at, t.appeal_id
from appeals.duplicate_terms t join appeals.appeal a on a.id = t.appeal_id
cross join lateral unnest(t.words) w;

-- The whole-array GIN index is no longer searched; it only slowed every intake down.
drop index appeals.duplicate_terms_words_idx;
