package tr.bel.izmir.bizizmir.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** A person's mail language and e-mail address, with when they consented and confirmed it. */
@Entity
@Table(name = "notification_settings")
public class NotificationSettings {

    @Id
    @Column(length = 120)
    private String username;
    @Column(nullable = false, length = 5)
    private String language;
    @Column(length = 254)
    private String email;
    @Column(name = "email_consent_at")
    private Instant emailConsentAt;
    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;
    @Column(name = "email_bounced_at")
    private Instant emailBouncedAt;

    protected NotificationSettings() {
    }

    public NotificationSettings(String username, String language) {
        this.username = username;
        this.language = language;
    }

    public String getUsername() { return username; }
    public String getLanguage() { return language; }
    public Locale locale() { return "en".equals(language) ? tr.bel.izmir.bizizmir.shared.Messages.ENGLISH : tr.bel.izmir.bizizmir.shared.Messages.TURKISH; }
    public Optional<String> email() { return Optional.ofNullable(email); }
    public Instant getEmailConsentAt() { return emailConsentAt; }
    public Instant getEmailConfirmedAt() { return emailConfirmedAt; }

    /** When the mail server refused the address for good; mails stop until an address is entered again. */
    public Optional<Instant> emailBouncedAt() { return Optional.ofNullable(emailBouncedAt); }

    /** The address mails go to: only once it was given with consent, confirmed through its link and not refused since. */
    public Optional<String> deliverableEmail() {
        return emailConfirmedAt != null && emailConsentAt != null && emailBouncedAt == null ? Optional.ofNullable(email) : Optional.empty();
    }

    public void language(String language) {
        this.language = language;
    }

    public void bounced(Instant at) {
        this.emailBouncedAt = at;
    }

    /** A new address starts unconfirmed; the same address keeps its confirmation unless it bounced. */
    public void email(String address, Instant consentAt) {
        if (!address.equals(email) || emailBouncedAt != null) {
            // A new address, or the same one again after it bounced: it is confirmed afresh.
            this.emailConfirmedAt = null;
            this.emailBouncedAt = null;
        }
        this.email = address;
        this.emailConsentAt = consentAt;
    }

    public void confirmEmail(Instant at) {
        this.emailConfirmedAt = at;
    }

    /** Consent withdrawn: the address is forgotten. */
    public void removeEmail() {
        this.email = null;
        this.emailConsentAt = null;
        this.emailConfirmedAt = null;
        this.emailBouncedAt = null;
    }
}
