-- Append-only audit trail. No update or delete is ever issued against it by the application.
create schema if not exists audit;

create table audit.entry (
    id              bigserial primary key,
    occurred_at     timestamptz not null default now(),
    actor           varchar(100) not null,
    action          varchar(100) not null,
    subject_type    varchar(50),
    subject_id      varchar(100),
    detail          varchar(1000),
    remote_address  varchar(64)
);

create index entry_subject_idx on audit.entry (subject_type, subject_id);
create index entry_actor_idx on audit.entry (actor, occurred_at);
create index entry_action_idx on audit.entry (action, occurred_at);
