package tr.bel.izmir.bizizmir.notification.internal;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tr.bel.izmir.bizizmir.notification.MyNotifications;
import tr.bel.izmir.bizizmir.notification.Notice;
import tr.bel.izmir.bizizmir.notification.NotificationChannel;
import tr.bel.izmir.bizizmir.notification.NotificationKind;
import tr.bel.izmir.bizizmir.notification.NotificationMailInfo;
import tr.bel.izmir.bizizmir.notification.NotificationPreferences;
import tr.bel.izmir.bizizmir.notification.Notifier;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tr.bel.izmir.bizizmir.notification.NotificationTesting.SMTP;
import static tr.bel.izmir.bizizmir.notification.NotificationTesting.eventually;
import static tr.bel.izmir.bizizmir.notification.NotificationTesting.part;
import static tr.bel.izmir.bizizmir.notification.NotificationTesting.token;

/**
 * Notification mails through a real SMTP server (GreenMail, where the test profile's
 * spring.mail points): the right recipient, language, case link and unsubscribe link; an
 * address is used only after its confirmation link was opened; a server that is down delays
 * mails (retried with back-off) without touching the change that caused them; and a sender
 * stopped mid-batch and started again sends every mail exactly once.
 */
@IntegrationTest
class NotificationMailDeliveryIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(SMTP);

    @Autowired Notifier notifier;
    @Autowired NotificationPreferences preferences;
    @Autowired MyNotifications myNotifications;
    @Autowired MailDelivery delivery;
    @Autowired NotificationMailRepository mails;
    @Autowired NotificationRepository notifications;
    @Autowired Clock clock;
    @Autowired NotificationDispatcher dispatcher;
    @Autowired NotificationSettingsRepository settings;
    @Autowired MailRenderer renderer;
    @Autowired tr.bel.izmir.bizizmir.notification.NotificationProperties properties;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired tr.bel.izmir.bizizmir.notification.SentMail sentMail;
    @LocalServerPort int port;

    String tag;

    @BeforeEach
    void tag() {
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void senderRunsAgain() {
        delivery.start();
        delivery.afterSent = id -> { };
    }

    List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    /** A person who gave the address with consent and opened the confirmation link mailed to it. */
    String confirmed(String user, Locale language) {
        String address = user + "@example.org";
        RunAs.user(user, () -> preferences.email(address, true, language), "citizen");
        delivery.deliverDue(clock.instant());
        var confirmation = to(address);
        assertThat(confirmation).as("the confirmation mail").hasSize(1);
        String link = token(part(confirmation.get(0), "text/plain"), "/notifications/confirm");
        assertThat(preferences.confirm(link)).isEqualTo(address);
        return address;
    }

    Notice rejected(String user, String title) {
        return Notice.of(NotificationKind.PROPOSAL_SCREENED, "notification.proposal.rejected", title,
                "Yol kenarına çok yakın / too close to the road").toUser(user).about("proposal", 4242, "proposals/4242");
    }

    void sendAndWaitForMail(Notice notice, String user, int mailsBefore) {
        notifier.send(notice);
        eventually("the mail is queued", () -> mails.findByRecipientOrderByCreatedAtAscIdAsc(user).size() > mailsBefore);
    }

    @Test
    void the_mail_reaches_the_confirmed_address_in_the_recipients_language_with_the_case_link_and_a_working_unsubscribe_link() throws Exception {
        String english = "ntf-en-" + tag;
        String turkish = "ntf-tr-" + tag;
        String enAddress = confirmed(english, Messages.ENGLISH);
        String trAddress = confirmed(turkish, Messages.TURKISH);

        notifier.send(rejected(english, "Bike racks " + tag).toUser(turkish));
        eventually("both mails queued", () -> mails.findByRecipientOrderByCreatedAtAscIdAsc(english).size() == 2
                && mails.findByRecipientOrderByCreatedAtAscIdAsc(turkish).size() == 2);
        delivery.deliverDue(clock.instant());

        MimeMessage en = to(enAddress).get(1);
        assertThat(en.getSubject()).isEqualTo("Bizİzmir: Screening of my proposal");
        String enText = part(en, "text/plain");
        assertThat(enText).contains("Your proposal “Bike racks " + tag + "” was rejected in screening. Reason: Yol kenarına")
                .contains("http://localhost:" + port + "/proposals/4242");
        assertThat(part(en, "text/html")).contains("lang=\"en\"").contains("href=\"http://localhost:" + port + "/proposals/4242\"");
        assertThat(en.getHeader("List-Unsubscribe")[0]).contains("/notifications/unsubscribe?token=");

        MimeMessage tr = to(trAddress).get(1);
        assertThat(tr.getSubject()).isEqualTo("Bizİzmir: Önerimin ön incelemesi");
        assertThat(part(tr, "text/plain")).contains("“Bike racks " + tag + "” öneriniz ön incelemede reddedildi. Gerekçe:");

        // The unsubscribe link works without a login, for its person and kind only.
        String unsubscribe = token(enText, "/notifications/unsubscribe");
        assertThatThrownBy(() -> preferences.unsubscribe(unsubscribe.substring(0, unsubscribe.length() - 2) + "xx"))
                .as("a forged token").isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("notification.token.invalid"));
        String confirmToken = token(part(to(enAddress).get(0), "text/plain"), "/notifications/confirm");
        assertThatThrownBy(() -> preferences.unsubscribe(confirmToken)).as("another purpose's token")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("notification.token.invalid"));
        assertThat(preferences.unsubscribe(unsubscribe)).isEqualTo(NotificationKind.PROPOSAL_SCREENED);
        assertThat(RunAs.user(english, () -> preferences.channels(), "citizen"))
                .containsEntry(NotificationKind.PROPOSAL_SCREENED, NotificationChannel.IN_APP);
        assertThat(RunAs.user(turkish, () -> preferences.channels(), "citizen"))
                .as("the other person's choice is untouched").containsEntry(NotificationKind.PROPOSAL_SCREENED, NotificationChannel.EMAIL);

        // From now on this kind reaches the English reader in the portal only.
        notifier.send(rejected(english, "Second " + tag));
        eventually("the notification is written", () -> notifications.findByRecipientOrderByCreatedAtAscIdAsc(english).size() == 2);
        delivery.deliverDue(clock.instant());
        assertThat(to(enAddress)).as("no further mail").hasSize(2);
        assertThat(mails.findByRecipientOrderByCreatedAtAscIdAsc(english)).hasSize(2);
    }

    @Test
    void an_address_without_consent_malformed_or_not_yet_confirmed_gets_no_notification_mail() {
        String user = "ntf-unconf-" + tag;
        assertThatThrownBy(() -> RunAs.user(user, () -> preferences.email(user + "@example.org", false, Messages.TURKISH), "citizen"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("notification.email.consent-required"));
        assertThatThrownBy(() -> RunAs.user(user, () -> preferences.email("not an address", true, Messages.TURKISH), "citizen"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("notification.email.invalid"));
        RunAs.user(user, () -> preferences.email(user + "@example.org", true, Messages.TURKISH), "citizen");
        notifier.send(rejected(user, "Unconfirmed " + tag));
        eventually("the in-app notification is written", () -> !notifications.findByRecipientOrderByCreatedAtAscIdAsc(user).isEmpty());
        assertThat(mails.findByRecipientOrderByCreatedAtAscIdAsc(user)).as("only the confirmation mail")
                .singleElement().satisfies(m -> assertThat(m.getNotificationId()).isNull());
        // A confirmation link of an address that was replaced meanwhile confirms nothing.
        delivery.deliverDue(clock.instant());
        String old = token(part(to(user + "@example.org").get(0), "text/plain"), "/notifications/confirm");
        RunAs.user(user, () -> preferences.email(user + "@example.net", true, Messages.TURKISH), "citizen");
        assertThatThrownBy(() -> preferences.confirm(old))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("notification.email.confirm-stale"));
    }

    @Test
    void while_the_mail_server_is_down_the_mail_is_retried_with_back_off_and_then_delivered_once() {
        String user = "ntf-down-" + tag;
        String address = confirmed(user, Messages.TURKISH);
        smtp.stop();
        try {
            // The change and its in-app notification do not wait for, nor fail with, the mail server.
            sendAndWaitForMail(rejected(user, "Down " + tag), user, 1);
            assertThat(RunAs.user(user, () -> myNotifications.unreadCount(), "citizen")).isEqualTo(1);
            // Microseconds: what PostgreSQL keeps of a timestamp.
            Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            delivery.deliverDue(now);
            NotificationMailInfo failed = mails.findByRecipientOrderByCreatedAtAscIdAsc(user).get(1);
            assertThat(failed.getStatus()).isEqualTo(NotificationMailInfo.Status.PENDING);
            assertThat(failed.getAttempts()).isEqualTo(1);
            assertThat(failed.getLastError()).isNotBlank();
            assertThat(failed.getNextAttemptAt()).as("back-off").isAfterOrEqualTo(now.plusSeconds(30));
            delivery.deliverDue(now.plusSeconds(5));
            assertThat(mails.findById(failed.getId()).orElseThrow().getAttempts()).as("not before its back-off").isEqualTo(1);
            delivery.deliverDue(now.plusSeconds(31));
            NotificationMailInfo again = mails.findById(failed.getId()).orElseThrow();
            assertThat(again.getAttempts()).isEqualTo(2);
            assertThat(again.getNextAttemptAt()).as("the back-off doubles").isAfterOrEqualTo(now.plusSeconds(31 + 60));
        } finally {
            smtp.start();
        }
        // (A restarted GreenMail starts with an empty store: what it holds now came after the outage.)
        delivery.deliverDue(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(to(address)).as("the notification, once").singleElement()
                .satisfies(m -> assertThat(part(m, "text/plain")).contains("“Down " + tag + "” öneriniz"));
        assertThat(mails.findByRecipientOrderByCreatedAtAscIdAsc(user).get(1).getStatus()).isEqualTo(NotificationMailInfo.Status.SENT);
        delivery.deliverDue(clock.instant().plus(Duration.ofHours(1)));
        assertThat(to(address)).hasSize(1);
    }

    @Test
    void a_sender_stopped_mid_batch_and_started_again_sends_every_mail_exactly_once() throws Exception {
        String user = "ntf-kill-" + tag;
        String address = confirmed(user, Messages.TURKISH);
        for (int i = 0; i < 12; i++) {
            notifier.send(rejected(user, "Batch " + i + " " + tag));
        }
        eventually("12 mails queued", () -> mails.findByRecipientOrderByCreatedAtAscIdAsc(user).size() == 13);
        List<Long> ours = mails.findByRecipientOrderByCreatedAtAscIdAsc(user).stream().skip(1).map(NotificationMailInfo::getId).toList();

        // Stopped (as a shutdown does) after the fifth accepted mail of the batch.
        AtomicInteger sentOfOurs = new AtomicInteger();
        delivery.afterSent = id -> {
            if (ours.contains(id) && sentOfOurs.incrementAndGet() == 5) {
                delivery.stop();
            }
        };
        delivery.deliverDue(clock.instant());
        assertThat(to(address)).hasSize(1 + 5);
        assertThat(ours.stream().map(id -> mails.findById(id).orElseThrow().getStatus()))
                .containsOnly(NotificationMailInfo.Status.SENT, NotificationMailInfo.Status.PENDING)
                .filteredOn(s -> s == NotificationMailInfo.Status.PENDING).hasSize(7);

        delivery.afterSent = id -> { };
        delivery.start();
        delivery.deliverDue(clock.instant());
        delivery.deliverDue(clock.instant());
        var received = to(address);
        assertThat(received).hasSize(1 + 12);
        assertThat(received.stream().skip(1).map(m -> {
            try {
                return m.getHeader(MailDelivery.MAIL_ID_HEADER)[0];
            } catch (jakarta.mail.MessagingException e) {
                throw new AssertionError(e);
            }
        }).distinct()).as("each notification's mail once").hasSize(12);

        // A sender killed between claiming a mail and recording it: the claim is never sent again.
        notifier.send(rejected(user, "Killed " + tag));
        eventually("queued", () -> mails.findByRecipientOrderByCreatedAtAscIdAsc(user).size() == 14);
        long killed = mails.findByRecipientOrderByCreatedAtAscIdAsc(user).get(13).getId();
        assertThat(mails.claim(killed, clock.instant().minus(Duration.ofMinutes(11)))).isEqualTo(1);
        delivery.deliverDue(clock.instant());
        assertThat(mails.findById(killed).orElseThrow().getStatus()).isEqualTo(NotificationMailInfo.Status.UNCERTAIN);
        assertThat(to(address)).hasSize(13);
    }

    @Test
    void a_daily_digest_collects_the_days_notifications_into_one_mail_at_eight_in_izmir() throws Exception {
        String user = "ntf-digest-" + tag;
        String address = confirmed(user, Messages.ENGLISH);
        RunAs.user(user, () -> preferences.choose(NotificationKind.PROPOSAL_SCREENED, NotificationChannel.DIGEST), "citizen");
        notifier.send(rejected(user, "Morning " + tag));
        notifier.send(rejected(user, "Evening " + tag));
        eventually("two digest entries", () -> mails.findByRecipientOrderByCreatedAtAscIdAsc(user).size() == 3);
        var entries = mails.findByRecipientOrderByCreatedAtAscIdAsc(user).subList(1, 3);
        Instant eight = dispatcher.nextDigest(clock.instant());
        assertThat(eight.atZone(tr.bel.izmir.bizizmir.shared.IzmirTime.ZONE).toLocalTime()).isEqualTo(java.time.LocalTime.of(8, 0));
        assertThat(entries).allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(NotificationMailInfo.Status.DIGEST);
            assertThat(m.getNextAttemptAt()).isEqualTo(eight);
        });

        delivery.deliverDue(eight.minusSeconds(60));
        assertThat(to(address)).as("not before eight").hasSize(1);
        delivery.deliverDue(eight);
        var digest = to(address);
        assertThat(digest).hasSize(2);
        assertThat(digest.get(1).getSubject()).isEqualTo("Bizİzmir daily digest: 2 notifications");
        assertThat(part(digest.get(1), "text/plain")).contains("“Morning " + tag + "”", "“Evening " + tag + "”",
                "http://localhost:" + port + "/proposals/4242", "/my/notifications");
        assertThat(entries).allSatisfy(m -> assertThat(mails.findById(m.getId()).orElseThrow().getStatus())
                .isEqualTo(NotificationMailInfo.Status.DIGESTED));
        delivery.deliverDue(eight.plusSeconds(3600));
        assertThat(to(address)).as("sent once").hasSize(2);
    }

    @Test
    void without_a_mail_server_mails_stay_in_the_outbox_and_only_an_admin_sees_them() {
        String user = "ntf-local-" + tag;
        confirmed(user, Messages.TURKISH);
        notifier.send(rejected(user, "Local " + tag));
        eventually("queued", () -> mails.findByRecipientOrderByCreatedAtAscIdAsc(user).size() == 2);
        // The sender of local mode: the same outbox, no JavaMailSender (spring.mail.host not set).
        var local = new MailDelivery(mails, settings, notifications, new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class), renderer, properties, transactions, clock);
        local.deliverDue(clock.instant());
        var kept = mails.findByRecipientOrderByCreatedAtAscIdAsc(user).get(1);
        assertThat(kept.getStatus()).isEqualTo(NotificationMailInfo.Status.LOCAL);
        assertThat(to(user + "@example.org")).as("only the confirmation, sent earlier").hasSize(1);

        assertThat(RunAs.user("admin", () -> sentMail.latest(500), "admin")).extracting(NotificationMailInfo::getId).contains(kept.getId());
        assertThatThrownBy(() -> RunAs.user(user, () -> sentMail.latest(10), "citizen"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
