-- The assembly may merge a duplicate under review into another proposal of the same cycle and
-- neighbourhood (DD008): the review closes as MERGED with the target and a public reason.
-- The outcome column is replaced rather than altered because its unnamed check constraint has
-- different names on H2 and PostgreSQL. Runs on H2 and PostgreSQL.
alter table assembly_review add column outcome_v2 varchar(20);
update assembly_review set outcome_v2 = outcome;
alter table assembly_review drop column outcome;
alter table assembly_review rename column outcome_v2 to outcome;
alter table assembly_review add constraint ck_assembly_review_outcome
    check (outcome in ('RECOMMENDED', 'NOT_RECOMMENDED', 'NO_QUORUM', 'MERGED'));

alter table assembly_review add column merged_into_id bigint;
alter table assembly_review add constraint fk_assembly_review_merged_into foreign key (merged_into_id) references proposal (id);
alter table assembly_review add column merge_reason varchar(2000);
-- A merged review always names its target and reason; no other review has either.
alter table assembly_review add constraint ck_assembly_review_merge check (
    (outcome = 'MERGED' and merged_into_id is not null and merge_reason is not null)
    or ((outcome is null or outcome <> 'MERGED') and merged_into_id is null and merge_reason is null));
