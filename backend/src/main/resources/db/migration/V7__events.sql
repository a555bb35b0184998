-- Events of the programme (the Expeditie Leercultuur demo day, webinars, meetings) with capacity and a waiting list.
create table event (
    id                  uuid primary key,
    title               varchar(200)  not null,
    description         varchar(4000) not null,
    kind                varchar(20)   not null,
    starts_at           timestamptz   not null,
    ends_at             timestamptz   not null,
    location            varchar(300),
    capacity            integer       not null,
    created_by_subject  varchar(64),
    created_by_name     varchar(200),
    updated_by_subject  varchar(64),
    updated_by_name     varchar(200),
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    version             bigint        not null default 0,
    constraint event_kind_ck check (kind in ('DEMO_DAY', 'WEBINAR', 'MEETING')),
    constraint event_capacity_ck check (capacity between 1 and 100000),
    constraint event_period_ck check (ends_at > starts_at)
);
create index event_starts_idx on event (starts_at);

create table event_registration (
    id              uuid primary key,
    event_id        uuid          not null references event (id) on delete cascade,
    subject         varchar(64)   not null,
    name            varchar(200)  not null,
    email           varchar(320),
    status          varchar(20)   not null,
    registered_at   timestamptz   not null,
    constraint event_registration_uk unique (event_id, subject),
    constraint event_registration_status_ck check (status in ('REGISTERED', 'WAITING'))
);
create index event_registration_event_idx on event_registration (event_id, status, registered_at);
create index event_registration_subject_idx on event_registration (subject);
