-- Join requests: a visitor asks to join the community, for an existing organisation or with a new organisation's
-- details; staff approve (the Keycloak account is created and Keycloak mails the invitation) or decline (the Hub mails
-- the answer). The applicant's language is kept for the mails.
create table join_request (
    id                    uuid primary key,
    name                  varchar(200)  not null,
    email                 varchar(320)  not null,
    organization_id       uuid references organization (id) on delete set null,
    new_org_name          varchar(200),
    new_org_type          varchar(30),
    new_org_kvk_number    varchar(8),
    new_org_province      varchar(30),
    new_org_website       varchar(2000),
    motivation            varchar(2000) not null,
    language              varchar(2)    not null,
    status                varchar(20)   not null,
    decline_reason        varchar(1000),
    decided_at            timestamptz,
    decided_by_name       varchar(200),
    account_subject       varchar(64),
    created_by_subject    varchar(64),
    created_by_name       varchar(200),
    updated_by_subject    varchar(64),
    updated_by_name       varchar(200),
    created_at            timestamptz   not null default now(),
    updated_at            timestamptz   not null default now(),
    version               bigint        not null default 0,
    constraint join_request_status_ck check (status in ('PENDING', 'APPROVED', 'DECLINED')),
    constraint join_request_language_ck check (language in ('nl', 'en')),
    constraint join_request_organization_ck check ((organization_id is null) <> (new_org_name is null) or status <> 'PENDING')
);
create index join_request_status_created_idx on join_request (status, created_at desc);
-- one open request per address (an address is compared case-insensitively)
create unique index join_request_pending_email_uk on join_request (lower(email)) where status = 'PENDING';
create index join_request_account_idx on join_request (account_subject) where account_subject is not null;

-- The language a person registered for an event in: the confirmation and a later waiting-list promotion use it.
alter table event_registration add column language varchar(2) not null default 'nl';

-- Keycloak accounts still to be disabled (an erased member whose account Keycloak did not answer for): retried until
-- Keycloak confirms. Holds only the account id, no other personal data.
create table account_task (
    subject      varchar(64) primary key,
    action       varchar(20) not null,
    attempts     integer     not null default 0,
    last_error   varchar(500),
    created_at   timestamptz not null default now(),
    constraint account_task_action_ck check (action in ('DISABLE'))
);
