package tr.bel.izmir.bizizmir.shared;

import org.slf4j.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the request being served (issue 17): set by the operations feature's filter for
 * every HTTP request, written into every log line (the MDC key {@value #MDC_KEY}, a field of
 * the JSON log format), returned as the {@value #HEADER} response header, and quoted as the
 * error id in problem details and on the UI's error messages, so one id finds a failure in
 * the log of whichever node served it.
 */
public final class RequestIds {

    public static final String MDC_KEY = "requestId";
    public static final String HEADER = "X-Request-Id";

    /** What a load balancer or client may hand in: no spaces, quotes or line breaks for the log. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    private RequestIds() {
    }

    /** The current request's id; a fresh one outside a request (timers, background work). */
    public static String current() {
        String id = MDC.get(MDC_KEY);
        return id != null ? id : fresh();
    }

    /** The id handed in, when it is safe to log; otherwise a new one. */
    public static String acceptOrCreate(String handedIn) {
        return handedIn != null && ACCEPTED.matcher(handedIn).matches() ? handedIn : fresh();
    }

    static String fresh() {
        return UUID.randomUUID().toString();
    }
}
