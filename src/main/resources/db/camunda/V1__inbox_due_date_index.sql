-- The staff inbox pages open tasks by due date (TaskInbox, Sort.DUE, then the task id for a stable
-- order). Camunda indexes ACT_RU_TASK by create time, assignee, owner, but not by due date: at
-- 100,000 open tasks the first page sorted all of them (docs/benchmarks.md, issue 17).
-- Applied by CamundaSchemaMigrations after the engine created its tables (DD028).
create index if not exists bz_idx_task_due_id on act_ru_task (due_date_, id_);
