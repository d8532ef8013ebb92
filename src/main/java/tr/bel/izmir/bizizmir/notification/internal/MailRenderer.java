package tr.bel.izmir.bizizmir.notification.internal;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tr.bel.izmir.bizizmir.notification.Notification;
import tr.bel.izmir.bizizmir.notification.NotificationKind;
import tr.bel.izmir.bizizmir.notification.NotificationMail.RenderedMail;
import tr.bel.izmir.bizizmir.shared.Messages;
import tr.bel.izmir.bizizmir.shared.PublicBaseUrl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Mails in the recipient's language, as plain text and as HTML with the same content: the
 * notification's text, a link to the case, and a link that turns this kind of mail off
 * without a login (a signed token for this person and kind).
 */
@Component
public class MailRenderer {

    public static final String UNSUBSCRIBE_PURPOSE = "unsubscribe";
    public static final String CONFIRM_PURPOSE = "confirm-email";
    /** Unsubscribe links in old mails keep working for a year. */
    static final Duration UNSUBSCRIBE_VALIDITY = Duration.ofDays(365);
    static final Duration CONFIRM_VALIDITY = Duration.ofDays(3);

    private final Messages messages;
    private final PublicBaseUrl baseUrl;
    private final SignedTokens tokens;

    public MailRenderer(Messages messages, PublicBaseUrl baseUrl, SignedTokens tokens) {
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.tokens = tokens;
    }

    public String unsubscribeUrl(String username, NotificationKind kind) {
        String token = tokens.sign(UNSUBSCRIBE_PURPOSE, UNSUBSCRIBE_VALIDITY, username, kind.name());
        return baseUrl.get() + "/notifications/unsubscribe?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    public String text(Notification n, Locale locale) {
        return n.text(messages, locale);
    }

    /** Where the mail's link leads: the case's page, or the notification list when there is none. */
    public String caseUrl(Notification n) {
        return n.link().map(l -> baseUrl.get() + "/" + l).orElse(baseUrl.get() + "/notifications");
    }

    public RenderedMail notification(Notification n, Locale locale) {
        String kind = messages.get(n.getKind().labelKey(), locale);
        String subject = messages.get("notification.mail.subject", locale, kind);
        String text = text(n, locale);
        String open = caseUrl(n);
        String unsubscribe = unsubscribeUrl(n.getRecipient(), n.getKind());
        return render(subject, List.of(new Item(text, open)), locale,
                messages.get("notification.mail.unsubscribe", locale, kind), unsubscribe);
    }

    public RenderedMail digest(List<Item> items, Locale locale) {
        String subject = messages.get("notification.mail.digest.subject", locale, items.size());
        return render(subject, items, locale, messages.get("notification.mail.digest.preferences", locale),
                baseUrl.get() + "/my/notifications");
    }

    public RenderedMail confirmation(String username, String address, Locale locale) {
        String token = tokens.sign(CONFIRM_PURPOSE, CONFIRM_VALIDITY, username, address);
        String url = baseUrl.get() + "/notifications/confirm?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        String subject = messages.get("notification.mail.confirm.subject", locale);
        return render(subject, List.of(new Item(messages.get("notification.mail.confirm.text", locale), url)), locale,
                messages.get("notification.mail.confirm.ignore", locale), null);
    }

    /** One notification in a mail: its text and the link to open. */
    public record Item(String text, String url) {
    }

    private RenderedMail render(String subject, List<Item> items, Locale locale, String footer, String footerUrl) {
        String openLabel = messages.get("notification.mail.open", locale);
        var text = new StringBuilder();
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"><title>").append(HtmlUtils.htmlEscape(subject))
                .append("</title></head><body style=\"font-family:sans-serif;line-height:1.5\">");
        for (Item item : items) {
            text.append(item.text()).append("\n").append(openLabel).append(": ").append(item.url()).append("\n\n");
            html.append("<p>").append(HtmlUtils.htmlEscape(item.text())).append("</p><p><a href=\"")
                    .append(HtmlUtils.htmlEscape(item.url())).append("\">").append(HtmlUtils.htmlEscape(openLabel))
                    .append("</a></p>");
        }
        text.append("-- \n").append(footer);
        html.append("<hr><p style=\"font-size:smaller\">");
        if (footerUrl != null) {
            text.append(": ").append(footerUrl);
            html.append("<a href=\"").append(HtmlUtils.htmlEscape(footerUrl)).append("\">")
                    .append(HtmlUtils.htmlEscape(footer)).append("</a>");
        } else {
            html.append(HtmlUtils.htmlEscape(footer));
        }
        html.append("</p></body></html>");
        return new RenderedMail(subject, text.toString(), html.toString());
    }
}
