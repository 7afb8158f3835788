-- Community life (五邻社): communities and their federation, teams, ideas, activities,
-- care for elderly people living alone, and the volunteer time bank.
create schema if not exists community;

create table community.federation (
    id           bigserial primary key,
    name         varchar(100) not null unique,
    description  varchar(1000) not null default ''
);

create table community.community (
    id             bigserial primary key,
    code           varchar(40) not null unique check (code ~ '^[a-z0-9-]{2,40}$'),
    name           varchar(100) not null,
    division_code  char(12) not null check (division_code ~ '^[0-9]{12}$'),
    unit_id        bigint,
    federation_id  bigint references community.federation(id),
    motto          varchar(200) not null default ''
);
create index community_unit_idx on community.community (unit_id);

-- Enterprises and social organisations that joined a federation (联合会成员单位).
create table community.federation_partner (
    id             bigserial primary key,
    federation_id  bigint not null references community.federation(id),
    kind           varchar(20) not null check (kind in ('ENTERPRISE', 'SOCIAL_ORGANISATION')),
    name           varchar(100) not null,
    contribution   varchar(300) not null default '',
    unique (federation_id, name)
);

-- Configurable: a city adds, renames or retires kinds without a release.
create table community.team_kind (
    code        varchar(20) primary key check (code ~ '^[A-Z_]{2,20}$'),
    name_zh     varchar(30) not null,
    name_en     varchar(60) not null,
    sort_order  integer not null,
    active      boolean not null default true
);
insert into community.team_kind(code, name_zh, name_en, sort_order) values
    ('HOBBY', '兴趣爱好', 'Hobbies', 10),
    ('CHARITY', '公益慈善', 'Charity', 20),
    ('SERVICE', '生活服务', 'Everyday services', 30),
    ('CULTURE_SPORTS', '文化体育', 'Culture and sports', 40),
    ('SAFETY_PATROL', '平安巡防', 'Neighbourhood watch', 50),
    ('ELDER_CARE', '邻里互助·老年关爱', 'Neighbours helping elders', 60);

create table community.team (
    id            bigserial primary key,
    community_id  bigint not null references community.community(id),
    kind_code     varchar(20) not null references community.team_kind(code),
    name          varchar(60) not null,
    description   varchar(1000) not null default '',
    created_at    timestamptz not null default now(),
    unique (community_id, name)
);

create table community.team_member (
    team_id       bigint not null references community.team(id),
    account_id    bigint not null,
    display_name  varchar(60) not null,
    role          varchar(10) not null check (role in ('LEADER', 'MEMBER')),
    status        varchar(10) not null check (status in ('PENDING', 'APPROVED', 'DECLINED')),
    requested_at  timestamptz not null default now(),
    decided_at    timestamptz,
    decided_by    bigint,
    primary key (team_id, account_id)
);

create table community.idea (
    id                   bigserial primary key,
    community_id         bigint not null references community.community(id),
    proposer_account_id  bigint not null,
    proposer_name        varchar(60) not null,
    title                varchar(100) not null,
    description          varchar(2000) not null,
    status               varchar(10) not null check (status in ('OPEN', 'ADOPTED', 'MERGED', 'DECLINED')),
    proposed_at          timestamptz not null default now(),
    answer_due           date not null,
    answered_at          timestamptz,
    answered_by          varchar(60),
    answer_reason        varchar(1000),
    merged_into_id       bigint references community.idea(id),
    check (status = 'OPEN' or (answered_at is not null and answer_reason is not null)),
    check (status <> 'MERGED' or merged_into_id is not null)
);
create index idea_open_idx on community.idea (community_id, status, answer_due);

-- One support per resident and idea, enforced here so a double click or two tabs never count twice.
create table community.idea_support (
    idea_id       bigint not null references community.idea(id),
    account_id    bigint not null,
    supported_at  timestamptz not null default now(),
    primary key (idea_id, account_id)
);

create table community.activity (
    id                 bigserial primary key,
    community_id       bigint not null references community.community(id),
    team_id            bigint references community.team(id),
    idea_id            bigint unique references community.idea(id),
    credited_name      varchar(60),
    title              varchar(100) not null,
    description        varchar(2000) not null default '',
    place              varchar(200) not null,
    starts_at          timestamptz not null,
    ends_at            timestamptz not null,
    capacity           integer not null check (capacity between 1 and 10000),
    checkin_key        varchar(64) not null,
    cancelled          boolean not null default false,
    report             varchar(3000),
    reported_at        timestamptz,
    created_by         bigint,
    created_at         timestamptz not null default now(),
    check (ends_at > starts_at)
);
create index activity_start_idx on community.activity (community_id, starts_at);

create table community.registration (
    id             bigserial primary key,
    activity_id    bigint not null references community.activity(id),
    account_id     bigint not null,
    display_name   varchar(60) not null,
    mobile         char(11),
    status         varchar(10) not null check (status in ('CONFIRMED', 'WAITING', 'CANCELLED')),
    registered_at  timestamptz not null default clock_timestamp(),
    promoted_at    timestamptz,
    cancelled_at   timestamptz,
    checked_in_at  timestamptz,
    reminded_at    timestamptz
);
create unique index registration_one_live_idx on community.registration (activity_id, account_id)
    where status <> 'CANCELLED';
create index registration_waiting_idx on community.registration (activity_id, status, registered_at, id);

create table community.activity_photo (
    id            bigserial primary key,
    activity_id   bigint not null references community.activity(id),
    content_type  varchar(50) not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    bytes         bytea not null check (octet_length(bytes) between 1 and 5242880),
    uploaded_at   timestamptz not null default now()
);

-- A reminder is kept as a notice: the resident sees it on 我的社区 and, when a mobile is known, gets a text.
create table community.notice (
    id          bigserial primary key,
    account_id  bigint not null,
    text_zh     varchar(300) not null,
    text_en     varchar(300) not null,
    created_at  timestamptz not null default now()
);
create index notice_account_idx on community.notice (account_id, created_at desc);

create table community.elder (
    id                bigserial primary key,
    community_id      bigint not null references community.community(id),
    name              varchar(60) not null,
    birth_year        integer not null check (birth_year between 1900 and 2000),
    living            varchar(12) not null check (living in ('ALONE', 'EMPTY_NEST')),
    address           varchar(200) not null,
    contact_name      varchar(60) not null,
    contact_mobile    char(11) not null check (contact_mobile ~ '^1[3-9][0-9]{9}$'),
    needs             varchar(1000) not null default '',
    risk              varchar(10) not null check (risk in ('HIGH', 'MEDIUM', 'LOW')),
    registered_at     date not null default current_date,
    active            boolean not null default true
);

create table community.elder_carer (
    elder_id    bigint not null references community.elder(id),
    account_id  bigint not null,
    primary key (elder_id, account_id)
);
create index elder_carer_account_idx on community.elder_carer (account_id);

create table community.visit (
    id                      bigserial primary key,
    elder_id                bigint not null references community.elder(id),
    visitor_account_id      bigint not null,
    visitor_name            varchar(60) not null,
    visited_on              date not null,
    method                  varchar(10) not null check (method in ('HOME', 'PHONE', 'VIDEO', 'ESCORT')),
    minutes                 integer not null check (minutes between 5 and 720),
    findings                varchar(2000) not null,
    needs_government        boolean not null default false,
    appeal_tracking_number  varchar(30),
    recorded_at             timestamptz not null default now()
);
create index visit_elder_idx on community.visit (elder_id, visited_on desc);

-- Time bank: double-entry. Every transfer is movements that sum to zero; the deferred
-- constraint trigger checks it at commit, so no code path can leave hours appearing from nowhere.
create table community.bank_account (
    id                bigserial primary key,
    kind              varchar(10) not null check (kind in ('MEMBER', 'ISSUED', 'SERVICES')),
    owner_account_id  bigint unique,
    owner_name        varchar(60),
    check ((kind = 'MEMBER') = (owner_account_id is not null))
);
insert into community.bank_account(kind) values ('ISSUED'), ('SERVICES');

-- Hours claimed for an activity or a visit; posted to the ledger once both sides confirmed.
create table community.hour_claim (
    id                     bigserial primary key,
    community_id           bigint not null references community.community(id),
    volunteer_account_id   bigint not null,
    volunteer_name         varchar(60) not null,
    hours                  numeric(6,2) not null check (hours > 0 and hours <= 24),
    activity_id            bigint references community.activity(id),
    visit_id               bigint unique references community.visit(id),
    description            varchar(300) not null,
    volunteer_confirmed_at timestamptz,
    organiser_confirmed_at timestamptz,
    organiser_name         varchar(60),
    transfer_id            bigint,
    created_at             timestamptz not null default now(),
    check (activity_id is not null or visit_id is not null),
    unique (activity_id, volunteer_account_id)
);

create table community.transfer (
    id           bigserial primary key,
    kind         varchar(10) not null check (kind in ('EARNED', 'SPENT')),
    description  varchar(300) not null,
    beneficiary  varchar(60),
    claim_id     bigint unique references community.hour_claim(id),
    booked_at    timestamptz not null default now()
);

create table community.movement (
    id               bigserial primary key,
    transfer_id      bigint not null references community.transfer(id),
    bank_account_id  bigint not null references community.bank_account(id),
    amount           numeric(8,2) not null check (amount <> 0)
);
create index movement_account_idx on community.movement (bank_account_id, transfer_id);

create function community.transfer_balances() returns trigger language plpgsql as $$
declare
    total numeric;
    legs integer;
begin
    select coalesce(sum(amount), 0), count(*) into total, legs
      from community.movement where transfer_id = new.transfer_id;
    if legs < 2 or total <> 0 then
        raise exception 'transfer % does not balance (% legs, sum %)', new.transfer_id, legs, total
            using errcode = '23514';
    end if;
    return null;
end $$;

create constraint trigger movement_balances
    after insert or update on community.movement
    deferrable initially deferred
    for each row execute function community.transfer_balances();

-- Ledger entries are history: corrected by a new transfer, never edited.
create function community.movement_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'ledger movements cannot be changed or removed' using errcode = '23514';
end $$;
create trigger movement_no_change before update or delete on community.movement
    for each row execute function community.movement_immutable();
