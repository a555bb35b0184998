-- Community: organisations (SMEs, branch organisations, training funds, schools …), their members (people, linked to
-- their Keycloak account by subject id) and the partner systems (client-credentials clients) that act for one.

create table organization (
    id                  uuid primary key,
    name                varchar(200)  not null,
    type                varchar(30)   not null,
    kvk_number          varchar(8),
    sector              varchar(100),
    size_class          varchar(10),
    province            varchar(20)   not null,
    website             varchar(2000),
    description         varchar(2000),
    visibility          varchar(20)   not null,
    created_by_subject  varchar(64),
    created_by_name     varchar(200),
    updated_by_subject  varchar(64),
    updated_by_name     varchar(200),
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    version             bigint        not null default 0,
    constraint organization_kvk_ck check (kvk_number ~ '^[0-9]{8}$'),
    constraint organization_kvk_uk unique (kvk_number),
    constraint organization_type_ck check (type in ('SME', 'LARGE_COMPANY', 'BRANCH_ORGANISATION', 'TRAINING_FUND',
        'EDUCATION_MBO', 'EDUCATION_HBO', 'EDUCATION_WO', 'GOVERNMENT', 'KNOWLEDGE_INSTITUTE', 'OTHER')),
    constraint organization_visibility_ck check (visibility in ('PUBLIC', 'COMMUNITY', 'STAFF_ONLY'))
);
create index organization_name_idx on organization (lower(name));
create index organization_visibility_idx on organization (visibility);

create table member (
    id                  uuid primary key,
    subject             varchar(64)   not null,
    organization_id     uuid          references organization (id) on delete set null,
    name                varchar(200)  not null,
    email               varchar(320),
    job_title           varchar(200),
    expertise           text[]        not null default '{}',
    themes              text[]        not null default '{}',
    bio                 varchar(2000),
    visibility          varchar(20)   not null,
    consent_version     varchar(20)   not null,
    consent_at          timestamptz   not null,
    created_by_subject  varchar(64),
    created_by_name     varchar(200),
    updated_by_subject  varchar(64),
    updated_by_name     varchar(200),
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    version             bigint        not null default 0,
    search_vector       tsvector generated always as (
        setweight(to_tsvector('dutch', coalesce(name, '')), 'A') ||
        setweight(to_tsvector('dutch', coalesce(job_title, '') || ' ' || hub_join_text(expertise)), 'B') ||
        setweight(to_tsvector('dutch', coalesce(bio, '')), 'C')) stored,
    constraint member_subject_uk unique (subject),
    constraint member_visibility_ck check (visibility in ('PUBLIC', 'COMMUNITY', 'STAFF_ONLY'))
);
create index member_organization_idx on member (organization_id);
create index member_search_idx on member using gin (search_vector);
create index member_themes_idx on member using gin (themes);

-- A partner system (Keycloak client with client credentials) acts for the organisation it is linked to.
create table partner_system (
    client_id           varchar(255)  primary key,
    organization_id     uuid          not null references organization (id) on delete cascade,
    created_at          timestamptz   not null default now()
);
create index partner_system_organization_idx on partner_system (organization_id);

-- Proposals belong to the organisation of whoever proposed them: colleagues see each other's proposals.
alter table knowledge_item add column submitted_by_organization_id uuid references organization (id) on delete set null;
create index knowledge_item_submitted_org_idx on knowledge_item (submitted_by_organization_id)
    where submitted_by_organization_id is not null;
