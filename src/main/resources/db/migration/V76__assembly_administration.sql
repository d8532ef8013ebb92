-- Coordinators and admins edit assemblies in the product (issue 13, item 2): a version for
-- optimistic locking (two people editing one assembly) and who changed it last, and when.
alter table assembly add column version bigint default 0 not null;
alter table assembly add column updated_at timestamp with time zone;
alter table assembly add column updated_by varchar(100);
