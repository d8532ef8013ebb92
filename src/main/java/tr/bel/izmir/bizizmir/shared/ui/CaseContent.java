package tr.bel.izmir.bizizmir.shared.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A kind of case (proposal, park event application, ...) as the staff inbox shows it: the case a
 * task belongs to is summarised next to the task's form, and linked to its case page. Each case
 * kind contributes one Spring bean; the inbox picks the one that handles the task's process.
 */
public interface CaseContent {

    /** Whether tasks of this process (by process definition key) belong to a case of this kind. */
    boolean handles(String processKey);

    /** Whether the signed-in person may open the case named by this business key. */
    boolean maySee(String businessKey);

    /** The case's content for a task dialog; empty when the case does not exist or the reader may not see it. */
    Optional<Component> summary(String businessKey);

    /** The path of the case page, e.g. {@code staff/cases/proposals/12}. */
    String pagePath(String businessKey);
}
