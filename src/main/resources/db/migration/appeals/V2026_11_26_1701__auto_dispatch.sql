-- 自动派单: per first-level category, whether an appeal whose category the classifier is sure of
-- (top-1 confidence at or above the threshold) is dispatched at intake to the unit the 派单目录
-- names, without waiting for a dispatcher. Off unless an administrator switches it on.
create table appeals.auto_dispatch (
    category_code  varchar(12) primary key references appeals.category (code),
    enabled        boolean not null,
    threshold      numeric(4, 3) not null check (threshold >= 0.5 and threshold <= 1),
    updated_by     varchar(100) not null,
    updated_at     timestamptz not null
);
