package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.Component;
import tr.bel.izmir.bizizmir.cases.MembershipCases;

/** Membership applications as the inbox shows them: the officer's check shows the application beside the form. */
@org.springframework.stereotype.Component
class MembershipCaseContent extends NumberedCaseContent {

    static final String PATH = "staff/cases/memberships/";

    private final MembershipCases cases;

    MembershipCaseContent(MembershipCases cases) {
        super(MembershipCases.PROCESSES, PATH);
        this.cases = cases;
    }

    @Override
    boolean maySee(long id) {
        return cases.maySee(id);
    }

    @Override
    Component summary(long id) {
        return new MembershipCasePanel(cases.content(id), "task-case-heading");
    }
}
