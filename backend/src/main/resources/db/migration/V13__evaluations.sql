-- Evaluations: the learning-culture measurement and the evaluation of pilots.
--
-- Instruments are versioned data: an instrument (code + version) with its dimensions and items, Dutch and English,
-- some items reverse-scored. A version is never changed once it exists: a new version is a new row, and a measurement
-- keeps the version it started with.
create table instrument (
    id              uuid primary key,
    code            varchar(60)   not null,
    version_number  integer       not null,
    name_nl         varchar(200)  not null,
    name_en         varchar(200)  not null,
    description_nl  varchar(2000) not null,
    description_en  varchar(2000) not null,
    created_by_subject varchar(64),
    created_by_name    varchar(200),
    updated_by_subject varchar(64),
    updated_by_name    varchar(200),
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    version         bigint        not null default 0,
    constraint instrument_code_version_uq unique (code, version_number),
    constraint instrument_version_ck check (version_number >= 1)
);

create table instrument_dimension (
    instrument_id   uuid         not null references instrument (id) on delete cascade,
    code            varchar(60)  not null,
    position        integer      not null,
    label_nl        varchar(200) not null,
    label_en        varchar(200) not null,
    primary key (instrument_id, code)
);

create table instrument_item (
    instrument_id   uuid         not null references instrument (id) on delete cascade,
    code            varchar(60)  not null,
    dimension_code  varchar(60)  not null,
    position        integer      not null,
    text_nl         varchar(300) not null,
    text_en         varchar(300) not null,
    reverse_scored  boolean      not null default false,
    primary key (instrument_id, code),
    foreign key (instrument_id, dimension_code) references instrument_dimension (instrument_id, code)
);

-- A measurement wave of a pilot (baseline, follow-up) with its anonymous survey link (an unguessable token).
create table measurement (
    id              uuid primary key,
    pilot_id        uuid         not null references pilot (id) on delete cascade,
    instrument_id   uuid         not null references instrument (id),
    wave            varchar(20)  not null,
    label           varchar(100) not null,
    opens_on        date         not null,
    closes_on       date         not null,
    response_cap    integer      not null,
    token           varchar(64)  not null,
    response_count  integer      not null default 0,
    closed          boolean      not null default false,
    created_by_subject varchar(64),
    created_by_name    varchar(200),
    updated_by_subject varchar(64),
    updated_by_name    varchar(200),
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         bigint       not null default 0,
    constraint measurement_token_uq unique (token),
    constraint measurement_wave_ck check (wave in ('BASELINE', 'FOLLOW_UP')),
    constraint measurement_period_ck check (closes_on >= opens_on),
    constraint measurement_cap_ck check (response_cap between 5 and 10000),
    constraint measurement_count_ck check (response_count between 0 and response_cap)
);
create index measurement_pilot_idx on measurement (pilot_id, opens_on);
create unique index measurement_one_baseline_uq on measurement (pilot_id) where wave = 'BASELINE';

-- Anonymous responses: no account, no IP address, no free text, and no moment finer than the day.
create table survey_response (
    id              uuid primary key,
    measurement_id  uuid not null references measurement (id) on delete cascade,
    answered_on     date not null
);
create index survey_response_measurement_idx on survey_response (measurement_id);

-- One answer per item: 1 (strongly disagree) to 5 (strongly agree), or null for "don't know".
create table survey_answer (
    response_id     uuid        not null references survey_response (id) on delete cascade,
    item_code       varchar(60) not null,
    score           smallint,
    primary key (response_id, item_code),
    constraint survey_answer_score_ck check (score is null or score between 1 and 5)
);

-- The evaluation of a pilot: its lessons and the decision. Publishing it makes the pilot public (pilot.evaluation_published)
-- and creates a practice example in the knowledge bank (knowledge_item_id).
create table evaluation (
    id              uuid primary key,
    pilot_id        uuid          not null references pilot (id) on delete cascade,
    what_worked     varchar(4000),
    what_did_not    varchar(4000),
    barriers        varchar(4000),
    enablers        varchar(4000),
    conclusion      varchar(4000),
    decision        varchar(20),
    rationale       varchar(4000),
    published_at    timestamptz,
    knowledge_item_id uuid references knowledge_item (id) on delete set null,
    created_by_subject varchar(64),
    created_by_name    varchar(200),
    updated_by_subject varchar(64),
    updated_by_name    varchar(200),
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    version         bigint        not null default 0,
    constraint evaluation_decision_ck check (decision is null or decision in ('SCALE_UP', 'ADJUST', 'STOP'))
);
create index evaluation_pilot_idx on evaluation (pilot_id);
create index evaluation_published_idx on evaluation (published_at) where published_at is not null;
create index instrument_audit_idx on instrument (created_by_subject) where created_by_subject is not null;
create index measurement_audit_idx on measurement (created_by_subject) where created_by_subject is not null;
create index evaluation_audit_idx on evaluation (created_by_subject) where created_by_subject is not null;
