-- Notifications, second round (issue 15). Runs on H2 and PostgreSQL.

-- An address the mail server refused for good (unknown mailbox): nothing more is sent to it
-- until its owner enters an address again and confirms it.
alter table notification_settings add column email_bounced_at timestamp with time zone;

-- Notices sent once per key (a reminder per vote, a daily digest per group and day), even
-- with two application nodes running the same schedule: the key is the primary key.
create table notification_once (
    once_key varchar(200) not null primary key,
    sent_at  timestamp with time zone not null
);
