package tr.bel.izmir.bizizmir.notification;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tr.bel.izmir.bizizmir.privacy.PersonalData;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.support.IntegrationTest;
import tr.bel.izmir.bizizmir.support.RunAs;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tr.bel.izmir.bizizmir.notification.NotificationTesting.eventually;

/**
 * The outbox and the in-app channel on the real application and PostgreSQL: a notice is
 * written with the change that causes it (a rolled-back change notifies nobody), a group is
 * expanded to its members when the notice is dispatched, a person reads and marks only their
 * own notifications, and KVKK export and erasure include them.
 */
@IntegrationTest
class NotificationOutboxIT {

    @Autowired Notifier notifier;
    @Autowired MyNotifications myNotifications;
    @Autowired NotificationPreferences preferences;
    @Autowired PersonalData personalData;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    String tag;

    @BeforeEach
    void tag() {
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    long notificationsWith(String marker) {
        return jdbc.queryForObject("select count(*) from notification where text_args like ?", Long.class, "%" + marker + "%");
    }

    long publicationsWith(String marker) {
        return jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?", Long.class, "%" + marker + "%");
    }

    Notice notice(String marker) {
        return Notice.of(NotificationKind.PROPOSAL_SCREENED, "notification.proposal.accepted", marker)
                .about("proposal", 77, "proposals/77");
    }

    @Test
    void a_rolled_back_change_notifies_nobody_and_a_committed_one_reaches_every_member_of_the_group_once() {
        String one = "ntf-grp1-" + tag;
        String two = "ntf-grp2-" + tag;
        String group = "dept-ntf" + tag;
        // Seen signed in with the group: how group members are known in every login mode.
        RunAs.user(one, myNotifications::seen, "officer", group);
        RunAs.user(two, myNotifications::seen, "officer", group);

        String rolledBack = "rolled-back-" + tag;
        var tx = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            notifier.send(notice(rolledBack).toGroup(group));
            assertThat(publicationsWith(rolledBack)).as("written with the change").isEqualTo(1);
            throw new IllegalStateException("the business change fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(publicationsWith(rolledBack)).as("gone with the change").isZero();

        String committed = "committed-" + tag;
        tx.executeWithoutResult(s -> notifier.send(notice(committed).toGroup(group).toUser(one)));
        eventually("both members notified", () -> notificationsWith(committed) == 2);
        eventually("the publication is completed", () -> publicationsWith(committed) == 0);
        assertThat(notificationsWith(rolledBack)).isZero();
        assertThat(RunAs.user(one, () -> myNotifications.unreadCount(), "officer", group)).as("named and in the group: once").isEqualTo(1);
    }

    @Test
    void a_person_reads_and_marks_only_their_own_notifications() {
        String me = "ntf-me-" + tag;
        String other = "ntf-other-" + tag;
        notifier.send(notice("first-" + tag).toUser(me));
        notifier.send(Notice.of(NotificationKind.PARK_EVENT_REMINDER, "notification.park-event.reminder", "Piknik " + tag,
                "08.12.2026 18:00").toUser(me));
        eventually("two notifications", () -> RunAs.user(me, () -> myNotifications.unreadCount(), "citizen") == 2);

        var mine = RunAs.user(me, () -> myNotifications.latest(), "citizen");
        assertThat(mine).hasSize(2);
        Notification first = mine.stream().filter(n -> n.getKind() == NotificationKind.PROPOSAL_SCREENED).findFirst().orElseThrow();
        assertThat(myNotifications.text(first, Messages.ENGLISH))
                .isEqualTo("Your proposal “first-" + tag + "” passed screening and is open for support.");
        assertThat(myNotifications.text(first, Messages.TURKISH))
                .isEqualTo("“first-" + tag + "” öneriniz ön incelemeden geçti ve destek toplamaya açıldı.");

        assertThatThrownBy(() -> RunAs.user(other, () -> myNotifications.open(first.getId()), "citizen"))
                .as("someone else's: not found").isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("notification.error.not-found"));
        assertThat(RunAs.user(me, () -> myNotifications.open(first.getId()), "citizen")).contains("proposals/77");
        assertThat(RunAs.user(me, () -> myNotifications.unreadCount(), "citizen")).isEqualTo(1);
        RunAs.user(me, () -> myNotifications.markAllRead(), "citizen");
        assertThat(RunAs.user(me, () -> myNotifications.unreadCount(), "citizen")).isZero();
    }

    @Test
    void the_kvkk_export_holds_notifications_and_settings_and_erasure_removes_them_and_the_address() {
        String me = "ntf-kvkk-" + tag;
        RunAs.user(me, () -> preferences.email(me + "@example.org", true, Messages.TURKISH), "citizen");
        RunAs.user(me, () -> preferences.choose(NotificationKind.PROPOSAL_VOTE, NotificationChannel.DIGEST), "citizen");
        notifier.send(notice("kvkk-" + tag).toUser(me));
        eventually("notified", () -> notificationsWith("kvkk-" + tag) == 1);

        String export = new String(RunAs.user(me, () -> personalData.exportJson(), "citizen"), StandardCharsets.UTF_8);
        assertThat(export).contains("\"notifications\"", "kvkk-" + tag, me + "@example.org", "\"channel.PROPOSAL_VOTE\" : \"DIGEST\"",
                "\"notificationMails\"");

        RunAs.user(me, () -> personalData.eraseMine(), "citizen");
        assertThat(notificationsWith("kvkk-" + tag)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification_settings where username = ?", Long.class, me)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification_mail where recipient = ?", Long.class, me)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification_preference where username = ?", Long.class, me)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification_member where username = ?", Long.class, me)).isZero();
    }
}
