package tr.bel.izmir.bizizmir.cases.ui;

import tr.bel.izmir.bizizmir.cases.VoteCases;

/** Votes as the inbox shows them: the consultation response task shows the vote beside the form. */
@org.springframework.stereotype.Component
class VoteCaseContent extends NumberedCaseContent {

    static final String PATH = "staff/cases/votes/";

    VoteCaseContent(VoteCases cases) {
        super(cases.processes(), PATH, cases::maySee, id -> new VoteCasePanel(cases.content(id), "task-case-heading"));
    }
}
