-- A primary-key look-up of one appeal among all those in the table: the database's own read limit.
\set id random(1, :maxid)
select * from appeals.appeal where id = :id;
