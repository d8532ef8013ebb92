-- Issue 14, bug 5: the chair cancels a meeting with a reason members and the public see (DD021).
alter table assembly_meeting add column cancelled_at timestamp with time zone;
alter table assembly_meeting add column cancelled_by varchar(120);
alter table assembly_meeting add column cancel_reason varchar(1000);
alter table assembly_meeting add constraint ck_assembly_meeting_cancel
    check (cancelled_at is null or (cancelled_by is not null and cancel_reason is not null));
