-- Programme coordinators edit PB cycles in the product (DD017): a version for optimistic
-- locking (two coordinators editing one cycle) and who changed the cycle last, and when.
alter table pb_cycle add column version bigint default 0 not null;
alter table pb_cycle add column updated_at timestamp with time zone;
alter table pb_cycle add column updated_by varchar(100);
