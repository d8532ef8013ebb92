-- Votes on advisory items may be cast at an assembly meeting and recorded by the secretary;
-- online votes have no meeting. Runs on H2 and PostgreSQL.
alter table advisory_vote add column meeting_id bigint;
alter table advisory_vote add constraint fk_advisory_vote_meeting foreign key (meeting_id) references assembly_meeting (id);
