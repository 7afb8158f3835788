-- Built after the bulk load (V2026_11_26_1102, DivisionReferenceData): one pass is much faster
-- than growing a GIN index row by row. Serves "name contains" searches (LIKE '%…%').
create index division_name_trgm_idx on directory.division using gin (name gin_trgm_ops);
analyze directory.division;
