package tr.bel.izmir.bizizmir.cases.ui;

import tr.bel.izmir.bizizmir.cases.AdvisoryItemCases;

/** Advisory items as the inbox shows them: the department's answer and the supervisor's overdue task show the item beside the form. */
@org.springframework.stereotype.Component
class AdvisoryItemCaseContent extends NumberedCaseContent {

    static final String PATH = "staff/cases/advisory-items/";

    AdvisoryItemCaseContent(AdvisoryItemCases cases) {
        super(cases.processes(), PATH, cases::maySee, id -> new AdvisoryItemCasePanel(cases.content(id), "task-case-heading"));
    }
}
