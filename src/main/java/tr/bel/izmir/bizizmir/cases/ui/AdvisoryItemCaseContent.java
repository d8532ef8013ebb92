package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.Component;
import tr.bel.izmir.bizizmir.cases.AdvisoryItemCases;

/** Advisory items as the inbox shows them: the department's answer and the supervisor's overdue task show the item beside the form. */
@org.springframework.stereotype.Component
class AdvisoryItemCaseContent extends NumberedCaseContent {

    static final String PATH = "staff/cases/advisory-items/";

    private final AdvisoryItemCases cases;

    AdvisoryItemCaseContent(AdvisoryItemCases cases) {
        super(AdvisoryItemCases.PROCESSES, PATH);
        this.cases = cases;
    }

    @Override
    boolean maySee(long id) {
        return cases.maySee(id);
    }

    @Override
    Component summary(long id) {
        return new AdvisoryItemCasePanel(cases.content(id), "task-case-heading");
    }
}
