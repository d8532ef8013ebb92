package tr.bel.izmir.bizizmir.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * A committed notice is never forgotten: publications whose dispatch failed (or was refused by
 * a full queue) are submitted again. Modulith does the same for all of them at start-up.
 */
@Component
class OutboxResubmission {

    private static final Logger log = LoggerFactory.getLogger(OutboxResubmission.class);

    private final IncompleteEventPublications incomplete;

    OutboxResubmission(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(fixedDelayString = "${bizizmir.notification.resubmit-interval:PT2M}", initialDelayString = "PT2M")
    void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(2));
        } catch (RuntimeException e) {
            log.warn("Resubmitting incomplete notification publications failed; next try later", e);
        }
    }
}
