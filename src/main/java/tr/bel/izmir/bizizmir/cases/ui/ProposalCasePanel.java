package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import tr.bel.izmir.bizizmir.cases.StaffCases;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.proposal.ProposalCases;
import tr.bel.izmir.bizizmir.proposal.ui.ProposalStatusBadge;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Photos;

import java.util.Locale;

/**
 * The content of a proposal case as staff need it to decide: text, category, place (with a map
 * link when it has coordinates), the proposer's cost, photos, who submitted it, where it stands
 * and its supports. The same block heads the task dialog and the case page.
 */
class ProposalCasePanel extends Div {

    /** @param headingId the id of the case's heading, or null where the page's own heading names the case */
    ProposalCasePanel(ProposalCases.ProposalCase p, StaffCases cases, NeighbourhoodCatalog neighbourhoods, String headingId) {
        addClassName("case-content");
        Locale locale = getLocale();
        if (headingId != null) {
            var heading = new H2(getTranslation("case.proposal.heading", p.id(), p.title()));
            heading.setId(headingId);
            add(heading);
        }
        var status = ProposalStatusBadge.of(p.status(), getTranslation("proposal.status." + p.status().name()));
        status.addClassName("case-status");
        var meta = new Div(status, new Span(getTranslation("proposal.category." + p.category().code())),
                new Span(neighbourhoods.require(p.neighbourhoodId()).getDisplayName()), new Span(p.cycleTitle()));
        meta.addClassName("proposal-meta");
        add(meta);

        String reason = p.statusReason(locale);
        if (reason != null && !reason.isBlank()) {
            add(new Paragraph(getTranslation("proposal.reason", reason)));
        }
        var description = new Paragraph(p.description());
        description.addClassName("case-description");
        description.setId("case-description");
        add(description);

        var facts = new CaseFacts().fact("case.proposal.location", p.location());
        if (p.latitude() != null && p.longitude() != null) {
            var map = new Anchor("https://www.openstreetmap.org/?mlat=" + p.latitude().toPlainString() + "&mlon="
                    + p.longitude().toPlainString() + "#map=18/" + p.latitude().toPlainString() + "/" + p.longitude().toPlainString(),
                    getTranslation("case.proposal.map", p.latitude().toPlainString(), p.longitude().toPlainString()));
            map.setTarget(AnchorTarget.BLANK);
            map.getElement().setAttribute("rel", "noopener noreferrer");
            facts.add(new Div(map));
        }
        facts.fact("case.proposal.cost", p.costEstimate().map(c -> c.format(locale)).orElse(getTranslation("case.proposal.no-cost")));
        facts.fact("case.proposal.submitter", p.author());
        facts.fact("case.proposal.submitted", IzmirTime.formatDateTime(p.submittedAt(), locale));
        facts.fact("case.proposal.supports", getTranslation("case.proposal.supports-of", p.supportCount(), p.supportThreshold()));
        facts.fact("case.proposal.support-deadline", IzmirTime.formatDateTime(p.supportDeadline(), locale));
        add(facts);

        if (p.photoIds().isEmpty()) {
            add(new Paragraph(getTranslation("case.proposal.no-photos")));
        } else {
            var gallery = Photos.linkedGallery("case-photo-", p.photoIds(), photoId -> cases.proposalPhoto(p.id(), photoId),
                    n -> getTranslation("proposal.photo-alt", n));
            gallery.addClassName("case-photos");
            add(gallery);
        }
    }
}
