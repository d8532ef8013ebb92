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

    /** The address mails go to: only once it was given with consent and confirmed through its link. */
    public Optional<String> deliverableEmail() {
        return emailConfirmedAt != null && emailConsentAt != null ? Optional.ofNullable(email) : Optional.empty();
    }

    public void language(String language) {
        this.language = language;
    }

    /** A new address starts unconfirmed; the same address keeps its confirmation. */
    public void email(String address, Instant consentAt) {
        if (!address.equals(email)) {
            this.emailConfirmedAt = null;
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
    }
}
