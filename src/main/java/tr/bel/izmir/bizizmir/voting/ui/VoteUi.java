package tr.bel.izmir.bizizmir.voting.ui;

import com.vaadin.flow.component.Component;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Badge;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import tr.bel.izmir.bizizmir.voting.VoteInfo;
import tr.bel.izmir.bizizmir.voting.VoteControlInfo;
import tr.bel.izmir.bizizmir.voting.VoteStatus;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Small pieces the vote pages share. */
final class VoteUi {

    private VoteUi() {
    }

    static Badge status(Component c, VoteInfo vote) {
        var tone = switch (vote.getStatus()) {
            case OPEN -> Badge.Tone.SUCCESS;
            case SCHEDULED -> Badge.Tone.INFO;
            case CLOSED -> Badge.Tone.NEUTRAL;
            case CANCELLED -> Badge.Tone.WARNING;
        };
        return new Badge(c.getTranslation("vote.status." + vote.getStatus().name()), tone);
    }

    /**
     * When voting runs: whole days (a cycle's vote runs from the start of its first to the end of
     * its last voting day) as "first day – last day", so nobody reads the closing midnight as one
     * more day to vote; other times as they are.
     */
    static String period(Component c, VoteInfo vote, Locale locale) {
        var opens = vote.getOpensAt().atZone(IzmirTime.ZONE);
        if (vote.getClosedAt() != null && vote.getClosedAt().isBefore(vote.getClosesAt())) {
            // Closed or cancelled before its time: the real end, not the one once planned.
            var closed = vote.getClosedAt().atZone(IzmirTime.ZONE);
            return c.getTranslation(vote.getStatus() == tr.bel.izmir.bizizmir.voting.VoteStatus.CANCELLED
                            ? "vote.period.cancelled" : "vote.period.closed-early",
                    IzmirTime.formatDateTime(opens.isAfter(closed) ? closed : opens, locale),
                    IzmirTime.formatDateTime(closed, locale));
        }
        var closes = vote.getClosesAt().atZone(IzmirTime.ZONE);
        if (opens.toLocalTime().equals(LocalTime.MIDNIGHT) && closes.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return c.getTranslation("vote.period.days", IzmirTime.formatDate(opens, locale),
                    IzmirTime.formatDate(closes.minusDays(1), locale));
        }
        return c.getTranslation("vote.period", IzmirTime.formatDateTime(opens, locale),
                IzmirTime.formatDateTime(closes, locale));
    }

    /** "Voted so far" while the vote runs, "Voted" once it is over. */
    static String participants(Component c, VoteInfo vote, long count) {
        return c.getTranslation(vote.getStatus() == tr.bel.izmir.bizizmir.voting.VoteStatus.OPEN
                || vote.getStatus() == tr.bel.izmir.bizizmir.voting.VoteStatus.SCHEDULED
                ? "vote.participants" : "vote.participants.final", count);
    }

    /** Open votes first (closing soonest first), then the ones to come (opening soonest first), then past ones. */
    static final Comparator<VoteInfo> LIST_ORDER = Comparator.<VoteInfo>comparingInt(v -> switch (v.getStatus()) {
                case OPEN -> 0;
                case SCHEDULED -> 1;
                case CLOSED -> 2;
                case CANCELLED -> 3;
            })
            .thenComparingLong(v -> switch (v.getStatus()) {
                case OPEN -> v.getClosesAt().getEpochSecond();
                case SCHEDULED -> v.getOpensAt().getEpochSecond();
                case CLOSED, CANCELLED -> -v.getClosesAt().getEpochSecond();
            });

    static boolean closed(VoteInfo vote) {
        return vote.getStatus() == VoteStatus.CLOSED;
    }

    /**
     * What the municipality did to the vote and why (DD018), for citizens: "Closed early on …
     * by the municipality: <reason>". Empty when nothing was done. Who acted is not shown here.
     */
    static Div controlNotes(Component c, VoteInfo vote, List<VoteControlInfo> history, Locale locale) {
        var notes = new Div();
        notes.setId("vote-control-notes-" + vote.getId());
        notes.addClassName("vote-control-notes");
        notes.setVisible(!history.isEmpty());
        for (VoteControlInfo control : history) {
            var when = (control.getAction() == VoteControlInfo.Action.EXTEND ? control.getNewAt() : control.getActedAt())
                    .atZone(IzmirTime.ZONE);
            var note = new Paragraph(c.getTranslation("vote.control.note." + control.getAction().name(),
                    IzmirTime.formatDateTime(when, locale), control.getReason()));
            note.addClassName("vote-control-note");
            note.getStyle().set("font-weight", "600");
            notes.add(note);
        }
        return notes;
    }
}
