package tr.bel.izmir.bizizmir.notification;

import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers of the Notification* tests: the GreenMail server the test profile mails to, waiting, mail parts. */
public final class NotificationTesting {

    /** spring.mail.host/port of application-test.yaml. */
    public static final ServerSetup SMTP = new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    private NotificationTesting() {
    }

    /** Polls until the condition holds (dispatch runs after the commit, on its own thread); fails after 20 s. */
    public static void eventually(String what, BooleanSupplier condition) {
        Instant end = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not within 20 s: " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The part of this MIME type (text/plain or text/html) of a received mail. */
    public static String part(MimeMessage message, String mimeType) {
        try {
            String found = find(message, mimeType);
            if (found == null) {
                throw new AssertionError("no " + mimeType + " part");
            }
            return found;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String find(Part part, String mimeType) throws Exception {
        if (part.isMimeType(mimeType)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = find(child, mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The token of the first link to {@code path} in a text. */
    public static String token(String text, String path) {
        Matcher m = Pattern.compile(Pattern.quote(path) + "\\?token=([^\\s\"<>]+)").matcher(text);
        if (!m.find()) {
            throw new AssertionError("no link to " + path + " in: " + text);
        }
        return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }
}
