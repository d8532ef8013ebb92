package tr.bel.izmir.bizizmir.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.notification.internal.MailRenderer;
import tr.bel.izmir.bizizmir.notification.internal.NotificationMailRepository;
import tr.bel.izmir.bizizmir.notification.internal.NotificationPreferenceRepository;
import tr.bel.izmir.bizizmir.notification.internal.NotificationSettingsRepository;
import tr.bel.izmir.bizizmir.notification.internal.SignedTokens;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Messages;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A person's choices: a channel per kind, the language of their mails, an e-mail address given
 * with explicit consent and used only after it was confirmed through the link mailed to it; and
 * the two links that work without a login (confirm, unsubscribe).
 */
@Service
public class NotificationPreferences {

    /** Deliberately simple: the shape is checked here, existence by the confirmation link. */
    static final Pattern EMAIL = Pattern.compile("^[^\\s@,;<>\"]+@[^\\s@,;<>\"]+\\.[^\\s@,;<>\"]+$");
    static final int EMAIL_MAX = 254;

    private final NotificationSettingsRepository settings;
    private final NotificationPreferenceRepository preferences;
    private final NotificationMailRepository mails;
    private final MailRenderer renderer;
    private final SignedTokens tokens;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final CurrentUser currentUser;
    private final Clock clock;

    public NotificationPreferences(NotificationSettingsRepository settings, NotificationPreferenceRepository preferences,
                                   NotificationMailRepository mails, MailRenderer renderer, SignedTokens tokens,
                                   ObjectProvider<JavaMailSender> mailSender, CurrentUser currentUser, Clock clock) {
        this.settings = settings;
        this.preferences = preferences;
        this.mails = mails;
        this.renderer = renderer;
        this.tokens = tokens;
        this.mailSender = mailSender;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The person's settings; defaults (Turkish, no address) when they never saved any. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public NotificationSettings mine() {
        String me = me();
        return settings.findById(me).orElseGet(() -> new NotificationSettings(me, "tr"));
    }

    /** Channel per kind; a kind never chosen has its {@link NotificationKind#defaultChannel() default} (mails need a confirmed address). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<NotificationKind, NotificationChannel> channels() {
        Map<NotificationKind, NotificationChannel> result = new EnumMap<>(NotificationKind.class);
        for (NotificationKind k : NotificationKind.values()) {
            result.put(k, k.defaultChannel());
        }
        preferences.findByUsername(me()).forEach(p -> result.put(p.getKind(), p.getChannel()));
        return result;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void choose(NotificationKind kind, NotificationChannel channel) {
        set(me(), kind, channel);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void language(Locale locale) {
        settingsOf(me()).language(Messages.supported(locale).getLanguage());
    }

    /**
     * Stores the address with the person's consent and mails it a confirmation link; nothing else
     * goes to it until the link was opened. Refused: no consent, a malformed address.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void email(String address, boolean consent, Locale locale) {
        String clean = address == null ? "" : address.strip();
        if (clean.isEmpty()) {
            throw new DomainException("notification.email.required");
        }
        if (clean.length() > EMAIL_MAX || !EMAIL.matcher(clean).matches()) {
            throw new DomainException("notification.email.invalid");
        }
        if (!consent) {
            throw new DomainException("notification.email.consent-required");
        }
        String me = me();
        NotificationSettings s = settingsOf(me);
        s.language(Messages.supported(locale).getLanguage());
        s.email(clean, clock.instant());
        if (s.getEmailConfirmedAt() == null) {
            var now = clock.instant();
            mails.save(new NotificationMail(null, me, clean, null, renderer.confirmation(me, clean, s.locale()),
                    mailSender.getIfAvailable() != null ? NotificationMail.Status.PENDING : NotificationMail.Status.LOCAL, now, now));
        }
    }

    /** Consent withdrawn: the address is forgotten and no mail goes out any more. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void removeEmail() {
        settings.findById(me()).ifPresent(NotificationSettings::removeEmail);
    }

    /** The confirmation link: valid, unexpired, and for the address the person still has on file. */
    @PreAuthorize("permitAll()")
    @Transactional
    public String confirm(String token) {
        List<String> fields = tokens.verify(MailRenderer.CONFIRM_PURPOSE, token);
        if (fields.size() != 2) {
            throw new DomainException("notification.token.invalid");
        }
        NotificationSettings s = settings.findById(fields.get(0))
                .filter(x -> x.email().filter(fields.get(1)::equals).isPresent())
                .orElseThrow(() -> new DomainException("notification.email.confirm-stale"));
        if (s.getEmailConfirmedAt() == null) {
            s.confirmEmail(clock.instant());
        }
        return fields.get(1);
    }

    /** The unsubscribe link of a mail: that kind reaches its person in the portal only, from now on. */
    @PreAuthorize("permitAll()")
    @Transactional
    public NotificationKind unsubscribe(String token) {
        List<String> fields = tokens.verify(MailRenderer.UNSUBSCRIBE_PURPOSE, token);
        NotificationKind kind;
        try {
            kind = fields.size() == 2 ? NotificationKind.valueOf(fields.get(1)) : null;
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null) {
            throw new DomainException("notification.token.invalid");
        }
        var current = preferences.findById(new NotificationPreference.Key(fields.get(0), kind));
        if (current.isEmpty() || current.get().getChannel().mails()) {
            set(fields.get(0), kind, NotificationChannel.IN_APP);
        }
        return kind;
    }

    private void set(String username, NotificationKind kind, NotificationChannel channel) {
        preferences.findById(new NotificationPreference.Key(username, kind)).ifPresentOrElse(p -> p.channel(channel),
                () -> preferences.save(new NotificationPreference(username, kind, channel)));
    }

    private NotificationSettings settingsOf(String username) {
        return settings.findById(username).orElseGet(() -> settings.save(new NotificationSettings(username, "tr")));
    }

    private String me() {
        return currentUser.require().username();
    }
}
