package tr.bel.izmir.bizizmir.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import tr.bel.izmir.bizizmir.proposal.SupportControlInfo;
import tr.bel.izmir.bizizmir.proposal.SupportPeriodControls;
import tr.bel.izmir.bizizmir.shared.IzmirTime;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * What the municipality did to a proposal's support period and why ("Extended to …: reason"),
 * for the public list and the proposal's own page (DD018). Who did it is never shown.
 */
public final class SupportControlNotes {

    private SupportControlNotes() {
    }

    /**
     * @param translate the view's {@code getTranslation(key, args...)}
     */
    public static List<Component> of(SupportPeriodControls controls, long proposalId, Locale locale,
                                     BiFunction<String, Object[], String> translate) {
        return of(controls.history(proposalId), locale, translate);
    }

    /** The notes of history already read (a list page reads the histories of its rows at once). */
    public static List<Component> of(List<SupportControlInfo> history, Locale locale,
                                     BiFunction<String, Object[], String> translate) {
        return history.stream().<Component>map(control -> {
            var when = control.getAction() == SupportControlInfo.Action.EXTEND ? control.getNewAt() : control.getActedAt();
            var note = new Div(translate.apply("proposal.support-control.note." + control.getAction().name(),
                    new Object[]{IzmirTime.formatDateTime(when.atZone(IzmirTime.ZONE), locale), control.getReason()}));
            note.addClassName("support-control-note");
            return note;
        }).toList();
    }
}
