-- Chinese place names are searched by two characters as often as by three (南明, 花溪, 修文),
-- and a trigram index cannot serve a two-character LIKE: it falls back to reading every row.
-- An index of each name's character pairs can; the LIKE still decides, the pairs only narrow.
create function directory.name_bigrams(text) returns text[]
    language sql immutable strict parallel safe
    as $$ select coalesce(array_agg(distinct substr($1, i, 2)), '{}') from generate_series(1, length($1) - 1) as i $$;

create index division_name_bigram_idx on directory.division using gin (directory.name_bigrams(name));
analyze directory.division;
