package tr.bel.izmir.bizizmir.cases.ui;

import tr.bel.izmir.bizizmir.cases.PbCycleCases;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;

/** PB cycles as the inbox shows them: the budget office's allocation review shows the cycle beside the form. */
@org.springframework.stereotype.Component
class PbCycleCaseContent extends NumberedCaseContent {

    static final String PATH = "staff/cases/cycles/";

    PbCycleCaseContent(PbCycleCases cases, NeighbourhoodCatalog neighbourhoods) {
        super(cases.processes(), PATH, cases::maySee, id -> new PbCycleCasePanel(cases.content(id), neighbourhoods, "task-case-heading"));
    }
}
