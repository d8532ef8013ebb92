package tr.bel.izmir.bizizmir.neighbourhood;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * KVKK: a T.C. Kimlik No is stored only as HMAC-SHA256 under a configured secret, so the
 * database alone cannot be reversed by hashing all 10^10 possible numbers.
 */
@Component
class IdHasher {

    private final SecretKeySpec key;

    public IdHasher(@Value("${bizizmir.id-hash-secret}") String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalStateException("bizizmir.id-hash-secret must be at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String hash(String tcKimlikNo) {
        String valid = TcKimlikNo.require(tcKimlikNo);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(valid.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
