package tr.bel.izmir.bizizmir.cases.ui;

import tr.bel.izmir.bizizmir.cases.ParkEventCases;

/** Park event applications as the inbox shows them: the park manager's tasks show the application beside the form and link its case page. */
@org.springframework.stereotype.Component
class ParkEventCaseContent extends NumberedCaseContent {

    static final String PATH = "staff/cases/park-events/";

    ParkEventCaseContent(ParkEventCases cases) {
        super(cases.processes(), PATH, cases::maySee, id -> new ParkEventCasePanel(cases.content(id), cases, "task-case-heading"));
    }
}
