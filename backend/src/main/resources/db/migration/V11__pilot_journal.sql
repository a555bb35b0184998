-- A pilot's journal ("evaluate as we go"): dated notes with their author. The author may correct a note for a day;
-- notes are never deleted (later corrections are new notes).
create table pilot_journal_entry (
    id              uuid primary key,
    pilot_id        uuid          not null references pilot (id) on delete cascade,
    text            varchar(4000) not null,
    author_subject  varchar(64),
    author_name     varchar(200)  not null,
    written_at      timestamptz   not null,
    edited_at       timestamptz,
    version         bigint        not null default 0
);
create index pilot_journal_entry_pilot_idx on pilot_journal_entry (pilot_id, written_at desc);
create index pilot_journal_entry_author_idx on pilot_journal_entry (author_subject) where author_subject is not null;
