package tr.bel.izmir.bizizmir.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tr.bel.izmir.bizizmir.notification.NotificationMail;
import tr.bel.izmir.bizizmir.notification.NotificationMailInfo.Status;
import tr.bel.izmir.bizizmir.notification.NotificationProperties;
import tr.bel.izmir.bizizmir.notification.NotificationSettings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Sends the mail outbox over SMTP, off every request thread (a scheduled poller). Each mail is
 * claimed in its own committed transaction before the SMTP conversation and recorded sent right
 * after the server accepted it, so a stopped sender never sends a mail twice: a claim that was
 * never recorded is marked UNCERTAIN, not sent again (at most once per notification, DD022).
 * A refused or failed conversation is retried with doubling back-off until maxAttempts.
 * Without {@code spring.mail.host} there is no SMTP sender and mails stay in the outbox as LOCAL.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    public static final String MAIL_ID_HEADER = "X-Bizizmir-Mail-Id";

    private final NotificationMailRepository mails;
    private final NotificationSettingsRepository settings;
    private final NotificationRepository notifications;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailRenderer renderer;
    private final NotificationProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;
    private volatile boolean stopped;
    /** Test hook: called with each mail id right after it was recorded sent. */
    volatile LongConsumer afterSent = id -> { };

    public MailDelivery(NotificationMailRepository mails, NotificationSettingsRepository settings,
                        NotificationRepository notifications, ObjectProvider<JavaMailSender> mailSender, MailRenderer renderer, NotificationProperties properties,
                        PlatformTransactionManager transactions, Clock clock) {
        this.mails = mails;
        this.settings = settings;
        this.notifications = notifications;
        this.mailSender = mailSender;
        this.renderer = renderer;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${bizizmir.notification.mail.poll-interval:PT5S}", initialDelayString = "PT10S")
    void poll() {
        properties.runScheduled(log, "Mail delivery", () -> deliverDue(clock.instant()));
    }

    /** Stops between two mails, as a shutdown does; the mail in flight finishes and is recorded. */
    public void stop() {
        stopped = true;
    }

    public void start() {
        stopped = false;
    }

    /** One run: digests that are due, then up to a batch of due mails. @return mails sent */
    public int deliverDue(Instant now) {
        tx.executeWithoutResult(s -> mails.markStaleClaimsUncertain(now.minus(properties.mail().claimTimeout())));
        collectDigests(now);
        JavaMailSender sender = mailSender.getIfAvailable();
        List<Long> due = tx.execute(s -> mails.due(Status.PENDING, now, PageRequest.of(0, properties.mail().batchSize())));
        int sent = 0;
        // One SMTP connection for the run, reused from mail to mail (reopened after a failure).
        try (var connection = new Connection(sender)) {
            for (Long id : due) {
                if (stopped) {
                    break;
                }
                if (sender == null) {
                    tx.executeWithoutResult(s -> mails.keepLocal(id));
                } else if (deliver(connection, id, now)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /**
     * The SMTP connection of one run. With Spring's JavaMailSenderImpl the transport stays open
     * between mails, and each mail counts as accepted when the server answered its DATA;
     * any other JavaMailSender sends each mail on its own.
     */
    private static final class Connection implements AutoCloseable {
        private final JavaMailSender sender;
        private Transport transport;

        Connection(JavaMailSender sender) {
            this.sender = sender;
        }

        void send(MimeMessage message) throws MessagingException {
            if (!(sender instanceof JavaMailSenderImpl impl)) {
                sender.send(message);
                return;
            }
            try {
                if (transport == null || !transport.isConnected()) {
                    close();
                    transport = impl.getSession().getTransport(impl.getProtocol() == null ? "smtp" : impl.getProtocol());
                    transport.connect(impl.getHost(), impl.getPort(), impl.getUsername(), impl.getPassword());
                }
                if (message.getSentDate() == null) {
                    message.setSentDate(new java.util.Date());
                }
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                close();
                throw e;
            }
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException ignored) {
                    // the connection is gone either way
                }
                transport = null;
            }
        }
    }

    private boolean deliver(Connection connection, long id, Instant now) {
        Optional<NotificationMail> claimed = tx.execute(s -> mails.claim(id, now) == 1 ? mails.findById(id) : Optional.empty());
        if (claimed.isEmpty()) {
            return false;
        }
        NotificationMail mail = claimed.get();
        try {
            connection.send(message(connection.sender, mail));
        } catch (MailException | MessagingException e) {
            int attempts = mail.getAttempts();
            boolean bounced = refusedForGood(e);
            boolean giveUp = bounced || attempts >= properties.mail().maxAttempts();
            Duration wait = properties.mail().retryBackoff().multipliedBy(1L << Math.min(attempts - 1, 16));
            String error = String.valueOf(e.getMessage());
            tx.executeWithoutResult(s -> mails.recordFailure(id, giveUp ? Status.FAILED : Status.PENDING, now.plus(wait),
                    error.substring(0, Math.min(error.length(), 500)).replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]", " ")));
            if (bounced) {
                // The mailbox does not exist: nothing more goes to this address until its owner enters one again.
                tx.executeWithoutResult(s -> settings.findById(mail.getRecipient())
                        .filter(p -> p.email().filter(mail.getAddress()::equalsIgnoreCase).isPresent())
                        .ifPresent(p -> p.bounced(clock.instant())));
            }
            log.warn("Mail {} to {} not accepted (attempt {}{}): {}", id, mail.getRecipient(), attempts,
                    giveUp ? ", giving up" : ", retry after " + wait, error);
            return false;
        }
        tx.executeWithoutResult(s -> mails.recordSent(id, clock.instant()));
        afterSent.accept(id);
        return true;
    }

    /**
     * Whether the mail server refused the recipient for good (a 5xx reply to RCPT TO, e.g. 550 no
     * such mailbox), as opposed to a server that is down or busy, which is worth retrying.
     */
    static boolean refusedForGood(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.angus.mail.smtp.SMTPAddressFailedException refused && refused.getReturnCode() >= 500) {
                return true;
            }
            if (t instanceof org.springframework.mail.MailSendException send) {
                for (Exception inner : send.getMessageExceptions()) {
                    if (inner != e && refusedForGood(inner)) {
                        return true;
                    }
                }
            }
            if (t instanceof jakarta.mail.MessagingException m && m.getNextException() != null && m.getNextException() != t.getCause()
                    && refusedForGood(m.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private MimeMessage message(JavaMailSender sender, NotificationMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.mail().from());
        helper.setTo(mail.getAddress());
        helper.setSubject(mail.getSubject());
        helper.setText(mail.getTextBody(), mail.getHtmlBody());
        message.setHeader(MAIL_ID_HEADER, mail.getId().toString());
        if (mail.getKind() != null && mail.getNotificationId() != null) {
            message.setHeader("List-Unsubscribe", "<" + renderer.unsubscribeUrl(mail.getRecipient(), mail.getKind()) + ">");
        }
        return message;
    }

    /** Due digest entries become one mail per person, in one transaction: none is lost or sent twice. */
    void collectDigests(Instant now) {
        tx.executeWithoutResult(s -> {
            Map<String, List<NotificationMail>> byRecipient = new LinkedHashMap<>();
            for (var m : mails.findByStatusAndNextAttemptAtLessThanEqualOrderByRecipientAscIdAsc(Status.DIGEST, now)) {
                byRecipient.computeIfAbsent(m.getRecipient(), r -> new ArrayList<>()).add(m);
            }
            boolean smtp = mailSender.getIfAvailable() != null;
            byRecipient.forEach((recipient, entries) -> {
                var person = settings.findById(recipient);
                var address = person.flatMap(NotificationSettings::deliverableEmail);
                if (address.isEmpty()) {
                    entries.forEach(e -> e.digestedInto(-1));
                    return;
                }
                var locale = person.get().locale();
                List<MailRenderer.Item> items = entries.stream().map(e -> notifications.findById(e.getNotificationId()))
                        .flatMap(Optional::stream)
                        .map(n -> new MailRenderer.Item(renderer.text(n, locale), renderer.caseUrl(n))).toList();
                var digest = mails.save(new NotificationMail(null, recipient, address.get(), null,
                        renderer.digest(items, locale), smtp ? Status.PENDING : Status.LOCAL, now, now));
                entries.forEach(e -> e.digestedInto(digest.getId()));
            });
        });
    }
}
