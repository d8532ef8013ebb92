-- Where a PB cycle's allocation is computing now, on which node and how far, and whether someone
-- asked it to stop (DD033). The computing node writes its row and polls the stop request; every
-- node's pages read it, so a page served by the other node of a cluster shows the same run and
-- its stop button works. A row lives while the run does (a crashed node's row goes stale: the
-- heartbeat says so).
create table allocation_run (
    cycle_id          bigint primary key,
    node              varchar(100) not null,
    status            varchar(20) not null,
    percent           int not null,
    started_at        timestamp with time zone not null,
    heartbeat_at      timestamp with time zone not null,
    stop_requested_by varchar(100),
    stop_requested_at timestamp with time zone
);
