-- Themes record who created and last changed them, like every audited entity (shared.persistence.AuditedEntity).
alter table theme
    add column created_by_subject varchar(64),
    add column created_by_name    varchar(200),
    add column updated_by_subject varchar(64),
    add column updated_by_name    varchar(200);
