package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.Component;
import tr.bel.izmir.bizizmir.cases.PbCycleCases;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;

/** PB cycles as the inbox shows them: the budget office's allocation review shows the cycle beside the form. */
@org.springframework.stereotype.Component
class PbCycleCaseContent extends NumberedCaseContent {

    static final String PATH = "staff/cases/cycles/";

    private final PbCycleCases cases;
    private final NeighbourhoodCatalog neighbourhoods;

    PbCycleCaseContent(PbCycleCases cases, NeighbourhoodCatalog neighbourhoods) {
        super(PbCycleCases.PROCESSES, PATH);
        this.cases = cases;
        this.neighbourhoods = neighbourhoods;
    }

    @Override
    boolean maySee(long id) {
        return cases.maySee(id);
    }

    @Override
    Component summary(long id) {
        return new PbCycleCasePanel(cases.content(id), neighbourhoods, "task-case-heading");
    }
}
