-- Knowledge bank: research, practice examples, instruments, interventions, articles and event reports.

-- array_to_string is only STABLE; the search vector is a generated column and needs an IMMUTABLE expression.
create function hub_join_text(text[]) returns text
    language sql immutable parallel safe
    as $$ select coalesce(array_to_string($1, ' '), '') $$;

create table knowledge_item (
    id                   uuid primary key,
    slug                 varchar(160)  not null,
    type                 varchar(30)   not null,
    title                varchar(300)  not null,
    summary              varchar(2000) not null,
    body                 text          not null default '',
    authors              text[]        not null default '{}',
    publisher            varchar(200),
    publication_year     integer,
    url                  varchar(2000),
    language             varchar(2)    not null default 'nl',
    themes               text[]        not null default '{}',
    learning_forms       text[]        not null default '{}',
    sectors              text[]        not null default '{}',
    target_groups        text[]        not null default '{}',
    visibility           varchar(20)   not null,
    status               varchar(20)   not null,
    pilot_id             uuid,
    submitted_by_subject varchar(64),
    submitted_by_name    varchar(200),
    created_by_subject   varchar(64),
    created_by_name      varchar(200),
    updated_by_subject   varchar(64),
    updated_by_name      varchar(200),
    created_at           timestamptz   not null default now(),
    updated_at           timestamptz   not null default now(),
    version              bigint        not null default 0,
    -- Dutch full-text search: a match in the title (A) counts more than in the summary (B), people (C) or body (D).
    search_vector        tsvector generated always as (
        setweight(to_tsvector('dutch', title), 'A') ||
        setweight(to_tsvector('dutch', summary), 'B') ||
        setweight(to_tsvector('dutch', hub_join_text(authors) || ' ' || coalesce(publisher, '')), 'C') ||
        setweight(to_tsvector('dutch', body), 'D')
    ) stored,
    constraint knowledge_item_slug_uk unique (slug),
    constraint knowledge_item_type_ck check (type in
        ('RESEARCH', 'PRACTICE_EXAMPLE', 'INSTRUMENT', 'INTERVENTION', 'ARTICLE', 'EVENT_REPORT')),
    constraint knowledge_item_visibility_ck check (visibility in ('PUBLIC', 'COMMUNITY')),
    constraint knowledge_item_status_ck check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    constraint knowledge_item_year_ck check (publication_year is null or publication_year between 1900 and 2200),
    constraint knowledge_item_learning_forms_ck check (learning_forms <@ array['FORMAL', 'NON_FORMAL', 'INFORMAL'])
);

-- full-text search
create index knowledge_item_search_ix on knowledge_item using gin (search_vector);
-- what visitors and partners see: published items, newest first
create index knowledge_item_published_ix on knowledge_item (visibility, publication_year desc nulls last, updated_at desc)
    where status = 'PUBLISHED';
-- staff views (review queue, status filter) and incremental reads by partner systems
create index knowledge_item_status_updated_ix on knowledge_item (status, updated_at);
create index knowledge_item_updated_ix on knowledge_item (updated_at, id);
-- facet filters
create index knowledge_item_themes_ix on knowledge_item using gin (themes);
create index knowledge_item_learning_forms_ix on knowledge_item using gin (learning_forms);
create index knowledge_item_sectors_ix on knowledge_item using gin (sectors);
create index knowledge_item_target_groups_ix on knowledge_item using gin (target_groups);
create index knowledge_item_type_ix on knowledge_item (type);
-- "my proposals"
create index knowledge_item_submitter_ix on knowledge_item (submitted_by_subject, updated_at desc)
    where submitted_by_subject is not null;

-- every workflow transition, with who, when and why
create table knowledge_item_status_change (
    id            uuid primary key,
    item_id       uuid         not null references knowledge_item (id) on delete cascade,
    from_status   varchar(20),
    to_status     varchar(20)  not null,
    comment       varchar(2000),
    actor_subject varchar(64),
    actor_name    varchar(200),
    at            timestamptz  not null default now()
);
create index knowledge_item_status_change_item_ix on knowledge_item_status_change (item_id, at);
