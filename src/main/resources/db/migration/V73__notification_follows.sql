-- Follows (issue 15): a person follows a case (a proposal, a project, an advisory item, a park
-- event) and is told of what happens to it. Authors and supporters follow their proposals.
create table notification_follow (
    username   varchar(120) not null,
    case_kind  varchar(30)  not null,
    case_key   varchar(64)  not null,
    created_at timestamp with time zone not null,
    primary key (username, case_kind, case_key)
);
create index ix_notification_follow_case on notification_follow (case_kind, case_key);
