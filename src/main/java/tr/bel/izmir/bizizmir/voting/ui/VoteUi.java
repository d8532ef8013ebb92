package tr.bel.izmir.bizizmir.voting.ui;

import com.vaadin.flow.component.Component;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Badge;
import tr.bel.izmir.bizizmir.voting.Vote;
import tr.bel.izmir.bizizmir.voting.VoteStatus;

import java.util.Locale;

/** Small pieces the vote pages share. */
final class VoteUi {

    private VoteUi() {
    }

    static Badge status(Component c, Vote vote) {
        var tone = switch (vote.getStatus()) {
            case OPEN -> Badge.Tone.SUCCESS;
            case SCHEDULED -> Badge.Tone.INFO;
            case CLOSED -> Badge.Tone.NEUTRAL;
            case CANCELLED -> Badge.Tone.WARNING;
        };
        return new Badge(c.getTranslation("vote.status." + vote.getStatus().name()), tone);
    }

    static String period(Component c, Vote vote, Locale locale) {
        return c.getTranslation("vote.period", IzmirTime.formatDateTime(vote.getOpensAt(), locale),
                IzmirTime.formatDateTime(vote.getClosesAt(), locale));
    }

    static boolean closed(Vote vote) {
        return vote.getStatus() == VoteStatus.CLOSED;
    }
}
