package tr.bel.izmir.bizizmir.tasks;

/**
 * What the inbox shows. Every field is optional.
 *
 * @param processKey     only tasks of this process definition
 * @param neighbourhoodId only tasks whose process variable {@code neighbourhoodId} is this
 * @param due            a due-date window
 * @param followUpDue    only tasks whose follow-up date has come
 * @param assignment     whose tasks
 * @param text           a fragment of the task name or the case title, folded by SearchText
 */
public record InboxFilter(String processKey, Long neighbourhoodId, Due due, boolean followUpDue,
                          Assignment assignment, String text) {

    public enum Due { ANY, OVERDUE, TODAY, THIS_WEEK, NONE }

    public enum Assignment { MINE_AND_GROUPS, MINE, UNASSIGNED, GROUPS_ALL }

    public static InboxFilter everything() {
        return new InboxFilter(null, null, Due.ANY, false, Assignment.MINE_AND_GROUPS, null);
    }
}
