package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import tr.bel.izmir.bizizmir.assembly.MembershipApplicationInfo;
import tr.bel.izmir.bizizmir.cases.MembershipCases;
import tr.bel.izmir.bizizmir.shared.IzmirTime;

import java.util.Locale;

/**
 * The content of a membership application, as much as the check needs and no more (KVKK): the
 * applicant's user name, whether for themselves or an initiative, their motivation, and the decision.
 */
class MembershipCasePanel extends Div {

    /** @param headingId the id of the case's heading, or null where the page's own heading names the case */
    MembershipCasePanel(MembershipCases.Content c, String headingId) {
        addClassName("case-content");
        Locale locale = getLocale();
        var a = c.application();
        if (headingId != null) {
            var heading = new H2(getTranslation("case.membership.heading", a.getId(), c.assembly().getName()));
            heading.setId(headingId);
            add(heading);
        }
        var status = new Span(getTranslation("membership.status." + a.getStatus().name()));
        status.addClassName("case-status");
        var meta = new Div(status, new Span(c.assembly().getName()));
        meta.addClassName("proposal-meta");
        add(meta);
        var facts = new CaseFacts()
                .fact("case.membership.applicant", a.getApplicant())
                .fact("case.membership.kind", getTranslation("membership.kind." + a.getKind().name()));
        a.getInitiativeName().ifPresent(name -> facts.fact("case.membership.initiative", name));
        facts.fact("case.membership.submitted", IzmirTime.formatDateTime(a.getSubmittedAt(), locale));
        if (a.getStatus() != MembershipApplicationInfo.Status.PENDING) {
            facts.fact("case.membership.decided", getTranslation("case.by-at", a.getDecidedBy().orElse("?"),
                    a.getDecidedAt().map(d -> IzmirTime.formatDateTime(d, locale)).orElse("")));
        }
        facts.setId("case-membership-facts");
        add(facts);
        var motivation = new Paragraph(a.getMotivation());
        motivation.addClassName("case-description");
        motivation.setId("case-description");
        add(motivation);
        a.getRefusalReason().ifPresent(reason -> add(new Paragraph(getTranslation("case.membership.refusal-reason", reason))));
    }
}
