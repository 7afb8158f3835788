-- Duplicates: one matter, one ticket. Everything the matching needs lives in the database, so
-- every app node gives the same answer for the same appeal.

-- Words people use for the same thing; administrators add their own.
create table appeals.duplicate_synonym (
    variant     varchar(40) primary key,
    canonical   varchar(40) not null,
    created_at  timestamptz not null default now(),
    check (variant <> canonical)
);
insert into appeals.duplicate_synonym (variant, canonical) values
    ('噪声', '噪音'), ('城市管理局', '城管'), ('城市管理执法局', '城管'), ('城管局', '城管'),
    ('搅拌厂', '搅拌站'), ('混凝土', '混泥土'), ('垃圾中转站', '垃圾站'), ('自来水', '供水'),
    ('停水', '断水'), ('扬尘', '灰尘'), ('粉尘', '灰尘'), ('物业公司', '物业'), ('公交车', '公交'),
    ('出租车', '的士'), ('卫健委', '卫生健康局'), ('住建局', '住房和城乡建设局');

-- The normalised terms of each appeal (words with synonyms applied, title words, character
-- pairs). The GIN index on words finds the appeals sharing a word with a new one; the time
-- index keeps the search inside the window.
create table appeals.duplicate_terms (
    appeal_id      bigint primary key references appeals.appeal(id),
    words          text[] not null,
    title_words    text[] not null,
    bigrams        text[] not null,
    registered_at  timestamptz not null
);
create index duplicate_terms_words_idx on appeals.duplicate_terms using gin (words);
create index duplicate_terms_time_idx on appeals.duplicate_terms (registered_at);

-- Medium-confidence candidates waiting for a person, and what they decided.
create table appeals.duplicate_candidate (
    appeal_id     bigint not null references appeals.appeal(id),
    candidate_id  bigint not null references appeals.appeal(id),
    level         varchar(8) not null,
    score         numeric(4, 3) not null,
    reasons       text not null,
    decision      varchar(12) check (decision in ('MERGED', 'SEPARATE')),
    decided_by    varchar(100),
    decided_at    timestamptz,
    found_at      timestamptz not null default now(),
    primary key (appeal_id, candidate_id)
);
create index duplicate_candidate_open_idx on appeals.duplicate_candidate (appeal_id) where decision is null;
create index appeal_merged_into_idx on appeals.appeal (merged_into_id) where merged_into_id is not null;

-- The counting rule for workload and weekly figures: a merged group is one matter. Appeals
-- merged into another (merged_into_id set) are answered with their group but not counted.
create view appeals.appeal_matter as
    select * from appeals.appeal where merged_into_id is null;
comment on view appeals.appeal_matter is
    'One row per matter: appeals merged into another are left out (counting rule for workload and weekly figures).';
