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

    @Scheduled(fixedDelayString = "${bizizmir.notification.resubmit-interval:PT5M}", initialDelayString = "PT5M")
    void resubmit() {
        try {
            // Older than a dispatch takes (tens of thousands of recipients: minutes), so a dispatch
            // still running is not started a second time; one that ran twice writes nothing twice.
            incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(15));
        } catch (RuntimeException e) {
            log.warn("Resubmitting incomplete notification publications failed; next try later", e);
        }
    }
}
