package tr.bel.izmir.bizizmir.cases;

import tr.bel.izmir.bizizmir.tasks.CaseActivity;

import java.util.List;

/**
 * What every case page shows besides its content: the open tasks and who holds them, the
 * history of the case's processes (who did what, when and why) and the internal notes.
 */
public record CaseTrail(List<CaseActivity.OpenTask> openTasks, List<CaseActivity.Entry> history, List<CaseNote> notes) {
}
