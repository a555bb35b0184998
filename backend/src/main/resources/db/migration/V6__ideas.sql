-- Ideas for the programme, from members and visitors, each with a status and the programme team's answer.
create table idea (
    id                    uuid primary key,
    title                 varchar(200)  not null,
    description           varchar(4000) not null,
    status                varchar(20)   not null,
    answer                varchar(4000),
    answered_at           timestamptz,
    answered_by_name      varchar(200),
    submitted_by_subject  varchar(64),
    submitted_by_name     varchar(200),
    contact_email         varchar(320),
    organization_id       uuid references organization (id) on delete set null,
    created_by_subject    varchar(64),
    created_by_name       varchar(200),
    updated_by_subject    varchar(64),
    updated_by_name       varchar(200),
    created_at            timestamptz   not null default now(),
    updated_at            timestamptz   not null default now(),
    version               bigint        not null default 0,
    constraint idea_status_ck check (status in ('NEW', 'IN_PROGRESS', 'ADOPTED', 'DECLINED'))
);
create index idea_submitted_by_idx on idea (submitted_by_subject) where submitted_by_subject is not null;
create index idea_status_created_idx on idea (status, created_at desc);
