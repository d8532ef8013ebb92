-- Issue 12 / DD010: nothing in the database orders ballots or participations like the voters.
--
-- 1. vote_participation loses its identity key (it numbered voters in voting order): the
--    natural key (vote_id, username) is the primary key, and there is no surrogate.
-- 2. Rows already stored are rewritten in a random order, so their physical order (PostgreSQL
--    ctid, H2 row id) and inserting transaction no longer follow the voting order. From now on
--    the application does this for every vote when it closes (PublicVotes.close).
-- 3. Participations erased under KVKK were renamed "erased-p<identity>"; the identity was a
--    voting position, so they get a random pseudonym instead.
-- Dead row versions of the old order stay on disk until VACUUM: run VACUUM FULL on ballot and
-- vote_participation after this migration (docs/decisions/DD010).

create table vote_participation_v60 (
    vote_id  bigint       not null references vote (id),
    username varchar(120) not null,
    voted_on date         not null,
    constraint pk_vote_participation primary key (vote_id, username)
);

insert into vote_participation_v60 (vote_id, username, voted_on)
select vote_id,
       case when username like 'erased-p%'
            then 'erased-' || cast(cast(floor(random() * 1000000000000000) as bigint) as varchar(20))
            else username end,
       voted_on
from vote_participation
order by random();

drop table vote_participation;
alter table vote_participation_v60 rename to vote_participation;

create table ballot_v60 (
    id             varchar(36)   not null,
    vote_id        bigint        not null,
    voter_key      varchar(64),
    submission_key varchar(64),
    receipt_code   varchar(20)   not null,
    choices        varchar(4000) not null,
    district_id    bigint
);

insert into ballot_v60 (id, vote_id, voter_key, submission_key, receipt_code, choices, district_id)
select id, vote_id, voter_key, submission_key, receipt_code, choices, district_id from ballot;

delete from ballot;

insert into ballot (id, vote_id, voter_key, submission_key, receipt_code, choices, district_id)
select id, vote_id, voter_key, submission_key, receipt_code, choices, district_id from ballot_v60
order by random();

drop table ballot_v60;
