-- Pilots: an intervention tried with partner organisations, from idea to completion, with its costs, the knowledge it
-- builds on and every status change (who, when, why). Partners see the pilots their organisation takes part in; the
-- public sees a pilot once its evaluation is published (the evaluations feature sets evaluation_published).
create table pilot (
    id                      uuid primary key,
    title                   varchar(200)  not null,
    intervention_type_code  varchar(60)   not null references intervention_type (code),
    intervention            varchar(4000) not null,
    goal                    varchar(2000) not null,
    hypothesis              varchar(2000),
    target_group            varchar(500),
    contact_member_id       uuid references member (id) on delete set null,
    starts_on               date,
    ends_on                 date,
    cost_total              numeric(12, 2),
    participant_count       integer,
    status                  varchar(20)   not null,
    stop_reason             varchar(1000),
    evaluation_published    boolean       not null default false,
    created_by_subject      varchar(64),
    created_by_name         varchar(200),
    updated_by_subject      varchar(64),
    updated_by_name         varchar(200),
    created_at              timestamptz   not null default now(),
    updated_at              timestamptz   not null default now(),
    version                 bigint        not null default 0,
    constraint pilot_status_ck check (status in ('IDEA', 'PREPARING', 'RUNNING', 'EVALUATING', 'COMPLETED', 'STOPPED')),
    constraint pilot_period_ck check (starts_on is null or ends_on is null or ends_on >= starts_on),
    constraint pilot_cost_ck check (cost_total is null or cost_total >= 0),
    constraint pilot_participants_ck check (participant_count is null or participant_count between 1 and 100000)
);
create index pilot_status_idx on pilot (status, updated_at desc);
create index pilot_type_idx on pilot (intervention_type_code);
create index pilot_updated_idx on pilot (updated_at, id);
create index pilot_published_idx on pilot (updated_at desc) where evaluation_published;

-- the organisations taking part, each with its role
create table pilot_organization (
    pilot_id         uuid        not null references pilot (id) on delete cascade,
    organization_id  uuid        not null references organization (id),
    role             varchar(30) not null,
    primary key (pilot_id, organization_id),
    constraint pilot_organization_role_ck check (role in ('EXECUTING', 'PARTICIPATING', 'EDUCATION_PARTNER', 'FUNDER'))
);
create index pilot_organization_org_idx on pilot_organization (organization_id, pilot_id);

-- the knowledge items a pilot builds on
create table pilot_knowledge_item (
    pilot_id           uuid not null references pilot (id) on delete cascade,
    knowledge_item_id  uuid not null references knowledge_item (id) on delete cascade,
    primary key (pilot_id, knowledge_item_id)
);

-- every status change: from, to, why, who, when
create table pilot_status_change (
    id             uuid primary key,
    pilot_id       uuid         not null references pilot (id) on delete cascade,
    from_status    varchar(20),
    to_status      varchar(20)  not null,
    reason         varchar(1000),
    actor_subject  varchar(64),
    actor_name     varchar(200),
    changed_at     timestamptz  not null
);
create index pilot_status_change_pilot_idx on pilot_status_change (pilot_id, changed_at);
create index pilot_status_change_actor_idx on pilot_status_change (actor_subject) where actor_subject is not null;
