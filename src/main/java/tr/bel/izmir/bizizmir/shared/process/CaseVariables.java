package tr.bel.izmir.bizizmir.shared.process;

/**
 * Process variables every process sets when it starts, whatever its feature: the staff inbox
 * lists and filters tasks by them, task notifications name the case with them, and forms show
 * them ({@code {{caseTitle}}}). One name each, so no process can set one the inbox does not read.
 */
public final class CaseVariables {

    /** The case's title, shown in the inbox, in notices about its tasks and in forms. */
    public static final String CASE_TITLE = "caseTitle";
    /** The neighbourhood the case belongs to (its id), by which the inbox files and filters it. */
    public static final String NEIGHBOURHOOD_ID = "neighbourhoodId";

    private CaseVariables() {
    }
}
