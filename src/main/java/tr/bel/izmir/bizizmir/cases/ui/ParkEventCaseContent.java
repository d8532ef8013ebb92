package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.Component;
import tr.bel.izmir.bizizmir.cases.ParkEventCases;

/** Park event applications as the inbox shows them: the park manager's tasks show the application beside the form and link its case page. */
@org.springframework.stereotype.Component
class ParkEventCaseContent extends NumberedCaseContent {

    static final String PATH = "staff/cases/park-events/";

    private final ParkEventCases cases;

    ParkEventCaseContent(ParkEventCases cases) {
        super(ParkEventCases.PROCESSES, PATH);
        this.cases = cases;
    }

    @Override
    boolean maySee(long id) {
        return cases.maySee(id);
    }

    @Override
    Component summary(long id) {
        return new ParkEventCasePanel(cases.content(id), cases, "task-case-heading");
    }
}
