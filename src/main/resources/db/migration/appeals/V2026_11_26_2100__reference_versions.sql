-- Reference data that every intake reads and that almost never changes (categories, deadline
-- rules, duplicate synonyms, automatic dispatch switches) is cached by each node. So that no node
-- ever answers from an outdated copy, each of these tables has a version, bumped by a trigger in
-- the same transaction as every change to the table: no writer (console page, demo seed, a later
-- migration, an operator's SQL) can forget it. An intake reads all versions in one statement and
-- reloads only the tables whose version moved.
--
-- Versions are drawn from one sequence, which never hands out a number twice: a change that is
-- rolled back leaves its number unused forever, so a copy a node read inside that transaction can
-- never be taken for the committed data afterwards. The row lock of the update makes concurrent
-- changes of one table wait for each other, so its committed versions only grow.
create sequence appeals.reference_version_seq;

create table appeals.reference_version (
    kind     varchar(40) primary key,   -- the table's name
    version  bigint not null
);

insert into appeals.reference_version (kind, version)
select kind, nextval('appeals.reference_version_seq')
from (values ('category'), ('deadline_rule'), ('duplicate_synonym'), ('auto_dispatch')) k(kind);

create function appeals.bump_reference_version() returns trigger language plpgsql as $$
begin
    update appeals.reference_version set version = nextval('appeals.reference_version_seq')
    where kind = tg_table_name;
    return null;
end
$$;

create trigger category_version after insert or update or delete or truncate on appeals.category
    for each statement execute function appeals.bump_reference_version();
create trigger deadline_rule_version after insert or update or delete or truncate on appeals.deadline_rule
    for each statement execute function appeals.bump_reference_version();
create trigger duplicate_synonym_version after insert or update or delete or truncate on appeals.duplicate_synonym
    for each statement execute function appeals.bump_reference_version();
create trigger auto_dispatch_version after insert or update or delete or truncate on appeals.auto_dispatch
    for each statement execute function appeals.bump_reference_version();
