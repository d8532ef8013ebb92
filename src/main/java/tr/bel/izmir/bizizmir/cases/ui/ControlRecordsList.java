package tr.bel.izmir.bizizmir.cases.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import tr.bel.izmir.bizizmir.proposal.SupportControlInfo;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.voting.VoteControlInfo;

import java.time.Instant;

/**
 * What staff did to a running process and why (DD018): each control in the citizens' words, with
 * who acted and when (staff only). Used by the vote and PB cycle cases.
 */
class ControlRecordsList extends Div {

    private final UnorderedList list = new UnorderedList();

    ControlRecordsList() {
        setId("case-controls");
        add(new H3(getTranslation("vote.control.history")));
        list.addClassName("case-control-list");
    }

    ControlRecordsList vote(VoteControlInfo control) {
        Instant when = control.getAction() == VoteControlInfo.Action.EXTEND ? control.getNewAt() : control.getActedAt();
        return line(getTranslation("vote.control.note." + control.getAction().name(), format(when), control.getReason()),
                control.getActedBy(), control.getActedAt());
    }

    ControlRecordsList support(String proposal, SupportControlInfo control) {
        Instant when = control.getAction() == SupportControlInfo.Action.EXTEND ? control.getNewAt() : control.getActedAt();
        return line(proposal + ": " + getTranslation("proposal.support-control.note." + control.getAction().name(),
                format(when), control.getReason()), control.getActedBy(), control.getActedAt());
    }

    private ControlRecordsList line(String text, String by, Instant at) {
        list.add(new ListItem(text + " — " + getTranslation("vote.control.by", by, format(at))));
        return this;
    }

    /** Call once all records are added. */
    ControlRecordsList build() {
        add(list.getChildren().findAny().isPresent() ? list : new Paragraph(getTranslation("case.controls.none")));
        return this;
    }

    private String format(Instant instant) {
        return IzmirTime.formatDateTime(instant, getLocale());
    }
}
