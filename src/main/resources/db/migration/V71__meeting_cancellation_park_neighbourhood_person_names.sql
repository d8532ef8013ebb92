-- Issue 14, bug 5: the chair cancels a meeting with a reason members and the public see (DD021).
alter table assembly_meeting add column cancelled_at timestamp with time zone;
alter table assembly_meeting add column cancelled_by varchar(120);
alter table assembly_meeting add column cancel_reason varchar(1000);
alter table assembly_meeting add constraint ck_assembly_meeting_cancel
    check (cancelled_at is null or (cancelled_by is not null and cancel_reason is not null));

-- Issue 14, bug 14: a park belongs to a neighbourhood (optional; a code like civic_group's), so
-- the staff inbox shows the park's neighbourhood for its events, not the applying group's.
alter table living_park add column neighbourhood_code varchar(120);
update living_park set neighbourhood_code = 'karsiyaka-bostanli' where name like 'Bostanlı Sahili%';

-- Issue 14, bug 14: names, not login names, on member lists and public pages. The name a person
-- signed in with (Keycloak's "name" claim, a local user's configured name), kept per user name;
-- erased with the person's data (KVKK).
create table person_name (
    username     varchar(120) primary key,
    display_name varchar(200) not null,
    updated_at   timestamp with time zone not null
);

-- Issue 14, bug 4: every sign-in (and bearer-token request) looks up the person's seats (DD021).
create index ix_assembly_member_username on assembly_member (username);
