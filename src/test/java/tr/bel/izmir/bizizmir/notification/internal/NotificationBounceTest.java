package tr.bel.izmir.bizizmir.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which SMTP failures mean "this address does not take mail" (stop mailing it) and which mean
 * "try again later" (a server that is down or busy): the exceptions are the mail library's own,
 * as the SMTP transport throws them for a 550 or a 451 reply to RCPT TO.
 */
class NotificationBounceTest {

    static SendFailedException refusedRecipient(int code) throws Exception {
        var address = new InternetAddress("yok@example.org");
        var refused = new SMTPAddressFailedException(address, "RCPT TO:<yok@example.org>", code, code + " mailbox unavailable");
        return new SendFailedException("Invalid Addresses", refused, new InternetAddress[0], new InternetAddress[0],
                new InternetAddress[]{address});
    }

    @Test
    void a_permanent_refusal_of_the_recipient_is_a_bounce() throws Exception {
        assertThat(MailDelivery.refusedForGood(refusedRecipient(550))).isTrue();
        assertThat(MailDelivery.refusedForGood(new MailSendException(Map.of(new Object(), refusedRecipient(553))))).isTrue();
    }

    @Test
    void a_temporary_refusal_or_a_server_that_is_down_is_retried_not_a_bounce() throws Exception {
        assertThat(MailDelivery.refusedForGood(refusedRecipient(451))).isFalse();
        assertThat(MailDelivery.refusedForGood(new MessagingException("Could not connect to SMTP host: 127.0.0.1, port: 3925",
                new java.net.ConnectException("Connection refused")))).isFalse();
        assertThat(MailDelivery.refusedForGood(new MailSendException("Mail server connection failed"))).isFalse();
    }
}
