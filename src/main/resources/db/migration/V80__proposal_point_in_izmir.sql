-- A proposal's point lies in İzmir (the bounding box of shared.IzmirArea, DD030), or there is none.
-- Until now only the demo data set points, all inside the box.
alter table proposal add constraint ck_proposal_point_in_izmir check (
    (latitude is null and longitude is null)
    or (latitude between 37.80 and 39.45 and longitude between 26.20 and 28.55));
