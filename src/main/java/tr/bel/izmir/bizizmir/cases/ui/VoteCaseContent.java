package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.Component;
import tr.bel.izmir.bizizmir.cases.VoteCases;

/** Votes as the inbox shows them: the consultation response task shows the vote beside the form. */
@org.springframework.stereotype.Component
class VoteCaseContent extends NumberedCaseContent {

    static final String PATH = "staff/cases/votes/";

    private final VoteCases cases;

    VoteCaseContent(VoteCases cases) {
        super(VoteCases.PROCESSES, PATH);
        this.cases = cases;
    }

    @Override
    boolean maySee(long id) {
        return cases.maySee(id);
    }

    @Override
    Component summary(long id) {
        return new VoteCasePanel(cases.content(id), "task-case-heading");
    }
}
