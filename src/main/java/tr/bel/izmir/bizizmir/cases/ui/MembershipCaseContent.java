package tr.bel.izmir.bizizmir.cases.ui;

import tr.bel.izmir.bizizmir.cases.MembershipCases;

/** Membership applications as the inbox shows them: the officer's check shows the application beside the form. */
@org.springframework.stereotype.Component
class MembershipCaseContent extends NumberedCaseContent {

    static final String PATH = "staff/cases/memberships/";

    MembershipCaseContent(MembershipCases cases) {
        super(cases.processes(), PATH, cases::maySee, id -> new MembershipCasePanel(cases.content(id), "task-case-heading"));
    }
}
