package tr.bel.izmir.bizizmir.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.LocalTime;

/**
 * {@code bizizmir.notification.*}: the secret that signs unsubscribe and confirmation links
 * (required outside the local demo, DeploymentSafetyCheck), and how mails are delivered.
 *
 * @param scheduled whether the mail sender and the overdue-task check run by themselves (tests drive them)
 */
@ConfigurationProperties("bizizmir.notification")
public record NotificationProperties(String tokenSecret, Boolean scheduled, Mail mail, LocalTime digestTime) {

    public NotificationProperties {
        scheduled = scheduled == null || scheduled;
        mail = mail == null ? new Mail(null, null, null, null, null, null) : mail;
        digestTime = digestTime == null ? LocalTime.of(8, 0) : digestTime;
    }

    /**
     * Runs one round of a scheduled job (a reminder check, the mail sender) when schedules are on;
     * a failed round is logged and the next one tries again, so one bad row never stops the schedule.
     */
    public void runScheduled(org.slf4j.Logger log, String job, Runnable round) {
        if (scheduled) {
            try {
                round.run();
            } catch (RuntimeException e) {
                log.warn("{} failed; the next scheduled run tries again", job, e);
            }
        }
    }

    /**
     * @param from          sender address of every mail
     * @param pollInterval  how often it polls
     * @param batchSize     mails per poll
     * @param maxAttempts   SMTP attempts before a mail is given up as FAILED
     * @param retryBackoff  wait after the first failure; doubles with each further failure
     * @param claimTimeout  a claim older than this was left by a sender that stopped mid-send
     */
    public record Mail(String from, Duration pollInterval, Integer batchSize, Integer maxAttempts,
                       Duration retryBackoff, Duration claimTimeout) {
        public Mail {
            from = from == null ? "Bizİzmir <bildirim@bizizmir.local>" : from;
            pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
            batchSize = batchSize == null ? 200 : batchSize;
            maxAttempts = maxAttempts == null ? 8 : maxAttempts;
            retryBackoff = retryBackoff == null ? Duration.ofSeconds(30) : retryBackoff;
            claimTimeout = claimTimeout == null ? Duration.ofMinutes(10) : claimTimeout;
        }
    }
}
