package tr.bel.izmir.bizizmir.notification.internal;

import tr.bel.izmir.bizizmir.shared.DomainException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Links that act without a login (unsubscribe, confirm an address) carry what they act on,
 * an expiry and an HMAC-SHA256 over both with the configured secret: a forged, altered or
 * expired token is refused with a translated reason, and one purpose's token is no other's.
 */
public final class SignedTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final byte[] secret;
    private final Clock clock;

    public SignedTokens(String secret, Clock clock) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("bizizmir.notification.token-secret is not set");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public String sign(String purpose, Duration validity, String... fields) {
        List<String> parts = new ArrayList<>();
        parts.add(purpose);
        parts.add(Long.toString(clock.instant().plus(validity).getEpochSecond()));
        parts.addAll(Arrays.asList(fields));
        String payload = B64.encodeToString(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
        return payload + "." + B64.encodeToString(mac(payload));
    }

    /** The fields of a valid token of this purpose; otherwise a translated refusal. */
    public List<String> verify(String purpose, String token) {
        if (token == null || token.length() > 2000 || token.indexOf('.') < 0) {
            throw new DomainException("notification.token.invalid");
        }
        String payload = token.substring(0, token.indexOf('.'));
        byte[] signature;
        List<String> parts;
        try {
            signature = B64D.decode(token.substring(token.indexOf('.') + 1));
            parts = List.of(new String(B64D.decode(payload), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IllegalArgumentException e) {
            throw new DomainException("notification.token.invalid");
        }
        if (!MessageDigest.isEqual(signature, mac(payload)) || parts.size() < 2 || !parts.get(0).equals(purpose)) {
            throw new DomainException("notification.token.invalid");
        }
        long expires;
        try {
            expires = Long.parseLong(parts.get(1));
        } catch (NumberFormatException e) {
            throw new DomainException("notification.token.invalid");
        }
        if (clock.instant().getEpochSecond() > expires) {
            throw new DomainException("notification.token.expired");
        }
        return parts.subList(2, parts.size());
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
