-- The search index holds published items only and carries the name's length, so a search is
-- answered from the index alone (an index-only scan, no join with catalogue.item): shorter
-- names first among equal scores.
delete from catalogue.search_term t
 where not exists (select 1 from catalogue.item i where i.id = t.item_id and i.published);
alter table catalogue.search_term add column name_length smallint not null default 0;
update catalogue.search_term t set name_length = (select length(i.name) from catalogue.item i where i.id = t.item_id);
drop index catalogue.search_term_prefix;
create index search_term_covering on catalogue.search_term(term text_pattern_ops) include (item_id, weight, name_length);
