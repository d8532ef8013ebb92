package tr.bel.izmir.bizizmir.voting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tr.bel.izmir.bizizmir.notification.NoticeAudience;
import tr.bel.izmir.bizizmir.notification.NotificationProperties;
import tr.bel.izmir.bizizmir.voting.internal.VoteParticipationRepository;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;

/**
 * What voting tells people on its own schedule: residents who opted in hear a day before an open
 * vote closes (unless they voted). And the two notice audiences of a vote: the residents it is
 * for, and who took part (for the closing reminder and a consultation's response).
 */
@Component
class VoteNotices implements NoticeAudience {

    private static final Logger log = LoggerFactory.getLogger(VoteNotices.class);
    static final Duration CLOSING_SOON = Duration.ofHours(24);

    private final PublicVotes votes;
    private final VoteParticipationRepository participations;
    private final NotificationProperties properties;

    VoteNotices(PublicVotes votes, VoteParticipationRepository participations, NotificationProperties properties) {
        this.votes = votes;
        this.participations = participations;
        this.properties = properties;
    }

    @Override
    public Set<String> names() {
        return Set.of(PublicVotes.PARTICIPANTS, PublicVotes.ELIGIBLE);
    }

    @Override
    public Collection<String> members(String name, String key) {
        long voteId = Long.parseLong(key);
        return PublicVotes.ELIGIBLE.equals(name) ? votes.residentsFor(voteId) : participations.usernamesOf(voteId);
    }

    @Scheduled(fixedDelayString = "${bizizmir.notification.overdue-check-interval:PT10M}", initialDelayString = "PT2M")
    void scheduledClosingReminders() {
        properties.runScheduled(log, "Closing-soon reminders", () -> votes.remindClosingSoon(CLOSING_SOON));
    }
}
