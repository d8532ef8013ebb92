package tr.bel.izmir.bizizmir.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail of password sign-ins: logger {@code bizizmir.audit.login}, one line per
 * attempt with account name, client address, channel and outcome; never the password. The
 * name is what the client typed, so it is cut and stripped of control characters and quotes
 * (no forged log lines). Successful HTTP Basic requests are logged at DEBUG only: every
 * stateless API request authenticates, and INFO would log each of them.
 */
final class LoginAudit {

    static final Logger LOG = LoggerFactory.getLogger("bizizmir.audit.login");

    enum Outcome { SUCCESS, FAILURE, THROTTLED }

    private LoginAudit() {
    }

    static void record(Outcome outcome, String account, String address, String channel, int failures, long waitSeconds) {
        if (outcome == Outcome.SUCCESS && "basic".equals(channel) && !LOG.isDebugEnabled()) {
            return;
        }
        String line = "outcome=" + outcome + " user=\"" + clean(account) + "\" address=" + clean(address)
                + " channel=" + channel + " failures=" + failures + " wait=" + waitSeconds + "s";
        switch (outcome) {
            case SUCCESS -> {
                if ("basic".equals(channel)) {
                    LOG.debug(line);
                } else {
                    LOG.info(line);
                }
            }
            case FAILURE -> LOG.info(line);
            case THROTTLED -> LOG.warn(line);
        }
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length() && b.length() < 64; i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean unsafe = Character.isISOControl(c) || c == '"' || c == '\\'
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            b.append(unsafe ? '?' : c);
        }
        return text.length() > 64 ? b + "…" : b.toString();
    }
}
