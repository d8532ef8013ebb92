package tr.bel.izmir.bizizmir.shared;

import java.util.Arrays;

/**
 * A typed error whose message is a key of the {@code i18n/messages} bundle, so the same
 * failure reads correctly in Turkish and English, in the UI and in problem details.
 * Thrown before anything is written, or inside the transaction that it rolls back.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;
    private final int httpStatus;

    public DomainException(String messageKey, Object... args) {
        this(422, messageKey, args);
    }

    protected DomainException(int httpStatus, String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.messageKey = messageKey;
        this.args = args.clone();
        this.httpStatus = httpStatus;
    }

    /**
     * The domain error inside {@code e}, however deep: the engine wraps what a delegate or a task
     * listener throws, and a commit wraps what an entity listener throws.
     */
    public static java.util.Optional<DomainException> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainException domain) {
                return java.util.Optional.of(domain);
            }
        }
        return java.util.Optional.empty();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The resource does not exist (404). */
    public static class NotFound extends DomainException {
        public NotFound(String messageKey, Object... args) {
            super(404, messageKey, args);
        }
    }

    /** The request conflicts with the current state, e.g. a duplicate (409). */
    public static class Conflict extends DomainException {
        public Conflict(String messageKey, Object... args) {
            super(409, messageKey, args);
        }
    }
}
