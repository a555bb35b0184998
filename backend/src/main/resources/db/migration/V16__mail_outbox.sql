-- The Hub's mails (shared.mail.HubMailer), written in the transaction of the change they are about and removed once
-- the SMTP server has taken them: a mail survives a replica that stops before sending it and an SMTP server that is
-- away for a while. A row is claimed by moving next_attempt_at forward, so that replicas never send it together.
create table mail_outbox (
    id               uuid         primary key,
    recipient        varchar(320) not null,
    subject          text         not null,
    body             text         not null,
    attachment_name  varchar(200),
    attachment_type  varchar(200),
    attachment       bytea,
    attempts         integer      not null default 0,
    last_error       varchar(500),
    next_attempt_at  timestamptz  not null default now(),
    created_at       timestamptz  not null default now(),
    constraint mail_outbox_attachment_ck check ((attachment is null) = (attachment_name is null))
);

create index mail_outbox_due_ix on mail_outbox (next_attempt_at);
