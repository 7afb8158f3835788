-- Routing: the category classifier's versions and the examples it learns from (docs/routing.md).

-- Every training run, kept or not, with the scores that decided it; model bytes only for kept ones.
create table appeals.routing_model (
    version            integer primary key,
    trained_at         timestamptz not null,
    trigger            text not null check (trigger in ('INITIAL', 'ON_DEMAND', 'SCHEDULE')),
    examples           integer not null,
    held_back          integer not null,
    candidate_accuracy double precision,
    current_accuracy   double precision,
    active             boolean not null,
    model              bytea
);
create unique index routing_model_one_active on appeals.routing_model (active) where active;

-- A dispatcher's decision as a labelled example: the appeal's text and first-level category at
-- the time it was dispatched; CORRECTION when it was dispatched again after a 退单.
create table appeals.routing_example (
    id          bigserial primary key,
    appeal_id   bigint not null references appeals.appeal (id),
    title       text not null,
    content     text not null,
    category    text not null,
    source      text not null check (source in ('DISPATCH', 'CORRECTION')),
    recorded_at timestamptz not null
);
create index routing_example_appeal on appeals.routing_example (appeal_id);
