package tr.bel.izmir.bizizmir.assembly;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tr.bel.izmir.bizizmir.notification.NotificationProperties;

import java.time.Duration;

/** Members who have not voted hear 48 hours before a review or an advisory vote closes (issue 15). */
@Component
class AssemblyReminders {

    private static final Logger log = LoggerFactory.getLogger(AssemblyReminders.class);
    static final Duration BEFORE_DEADLINE = Duration.ofHours(48);

    private final AssemblyReviews reviews;
    private final AdvisoryItems items;
    private final NotificationProperties properties;

    AssemblyReminders(AssemblyReviews reviews, AdvisoryItems items, NotificationProperties properties) {
        this.reviews = reviews;
        this.items = items;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${bizizmir.notification.overdue-check-interval:PT10M}", initialDelayString = "PT3M")
    void scheduled() {
        properties.runScheduled(log, "Assembly deadline reminders", () -> {
            reviews.remindBeforeDeadline(BEFORE_DEADLINE);
            items.remindBeforeDeadline(BEFORE_DEADLINE);
        });
    }
}
