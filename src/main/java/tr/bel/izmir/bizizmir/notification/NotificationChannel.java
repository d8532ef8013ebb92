package tr.bel.izmir.bizizmir.notification;

/** How a person wants one kind of notification. */
public enum NotificationChannel {
    /** Only the bell in the portal. */
    IN_APP,
    /** In the portal and by e-mail right away. */
    EMAIL,
    /** In the portal and in one e-mail a day, at 08:00 İzmir time. */
    DIGEST,
    /** Not at all. */
    OFF;

    public boolean mails() {
        return this == EMAIL || this == DIGEST;
    }

    public String labelKey() {
        return "notification.channel." + name();
    }
}
