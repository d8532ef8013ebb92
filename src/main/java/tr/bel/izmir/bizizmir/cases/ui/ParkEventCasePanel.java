package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import tr.bel.izmir.bizizmir.cases.ParkEventCases;
import tr.bel.izmir.bizizmir.parkevent.StoredPhoto;
import tr.bel.izmir.bizizmir.parkevent.ui.ParkUi;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Photos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The content of a park event application as the park manager decides on it: the group, park,
 * area and time, what kind of event for how many people (children, noise, commercial), the
 * support asked for item by item, and after the event the group's report with its photos. The
 * same block heads the task dialog and the case page.
 */
class ParkEventCasePanel extends Div {

    /** @param headingId the id of the case's heading, or null where the page's own heading names the case */
    ParkEventCasePanel(ParkEventCases.Content c, ParkEventCases cases, String headingId) {
        addClassName("case-content");
        Locale locale = getLocale();
        var a = c.application();
        if (headingId != null) {
            var heading = new H2(getTranslation("case.parkevent.heading", a.getId(), a.getTitle()));
            heading.setId(headingId);
            add(heading);
        }
        var status = ParkUi.statusBadge(this, a.getStatus());
        status.addClassName("case-status");
        var meta = new Div(status, new Span(getTranslation("parks.activity." + a.getActivityType().name())),
                new Span(c.park().getName()), new Span(c.area().getName()));
        meta.addClassName("proposal-meta");
        add(meta);
        String reason = "en".equals(locale.getLanguage()) ? a.getStatusReasonEn() : a.getStatusReasonTr();
        if (reason != null && !reason.isBlank()) {
            add(new Paragraph(getTranslation("proposal.reason", reason)));
        }

        var facts = new CaseFacts()
                .fact("parks.field.group", c.group().getName())
                .fact("case.parkevent.applicant", a.getApplicant())
                .fact("case.parkevent.when", getTranslation("parks.event.when",
                        IzmirTime.formatDateTime(a.getStartsAt(), locale), IzmirTime.formatDateTime(a.getEndsAt(), locale)))
                .fact("parks.field.attendance", getTranslation("case.parkevent.attendance-of", a.getExpectedAttendance(), c.area().getCapacity()))
                .fact("parks.field.minors", yesNo(a.isMinors()))
                .fact("parks.field.noise", getTranslation("parks.noise." + a.getNoiseLevel().name()))
                .fact("parks.field.commercial", yesNo(a.isCommercial()))
                .fact("case.parkevent.support", support(a))
                .fact("case.parkevent.submitted", IzmirTime.formatDateTime(a.getSubmittedAt(), locale));
        facts.setId("case-parkevent-facts");
        add(facts);

        var map = new Anchor(c.park().openStreetMapUrl(), getTranslation("parks.event.map"));
        map.setTarget(AnchorTarget.BLANK);
        map.getElement().setAttribute("rel", "noopener noreferrer");
        add(new Div(map));

        if (a.getReportedAt() != null) {
            var report = new Div(new H3(getTranslation("case.parkevent.report")));
            report.setId("case-report");
            report.add(new CaseFacts()
                    .fact("case.parkevent.actual-attendance", Integer.toString(a.getActualAttendance()))
                    .fact("case.parkevent.reported", IzmirTime.formatDateTime(a.getReportedAt(), locale)));
            var damage = new Paragraph(a.getDamageReport() == null ? getTranslation("case.parkevent.no-damage")
                    : getTranslation("case.parkevent.damage", a.getDamageReport()));
            damage.addClassName("case-description");
            report.add(damage);
            if (!c.reportPhotoIds().isEmpty()) {
                var gallery = Photos.gallery("case-event-photo-", c.reportPhotoIds(),
                        photoId -> cases.photo(a.getId(), photoId).map(StoredPhoto::content).orElse(new byte[0]),
                        n -> getTranslation("proposal.photo-alt", n));
                gallery.addClassName("case-photos");
                report.add(gallery);
            }
            add(report);
        }
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "case.yes" : "case.no");
    }

    /** The support asked for, item by item ("3 tents, 40 chairs, power"), or "none". */
    private String support(tr.bel.izmir.bizizmir.parkevent.EventApplicationInfo a) {
        List<String> items = new ArrayList<>();
        if (a.getTentCount() > 0) {
            items.add(a.getTentCount() + " " + item("parks.field.tents"));
        }
        if (a.getChairCount() > 0) {
            items.add(a.getChairCount() + " " + item("parks.field.chairs"));
        }
        if (a.getTableCount() > 0) {
            items.add(a.getTableCount() + " " + item("parks.field.tables"));
        }
        if (a.isPowerNeeded()) {
            items.add(item("parks.field.power"));
        }
        if (a.isSoundNeeded()) {
            items.add(item("parks.field.sound"));
        }
        return items.isEmpty() ? getTranslation("case.parkevent.no-support") : String.join(", ", items);
    }

    /** A form's label inside a sentence: lower case, with Turkish rules in Turkish (I to ı). */
    private String item(String labelKey) {
        return getTranslation(labelKey).toLowerCase(tr.bel.izmir.bizizmir.shared.Messages.supported(getLocale()));
    }
}
