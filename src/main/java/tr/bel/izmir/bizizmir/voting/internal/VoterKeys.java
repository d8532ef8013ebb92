package tr.bel.izmir.bizizmir.voting.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Keyed hashes that let the database enforce one ballot per voter without storing who the
 * voter is, and random receipt codes (DD010). The key lives in configuration, not in the
 * database; the voter key is erased from every ballot when the vote closes.
 */
@Component
public class VoterKeys {

    /** No 0/O, 1/I/L: read aloud or copied by hand without mistakes. */
    static final char[] RECEIPT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private final SecretKeySpec key;
    /**
     * One generator per thread: a shared {@code SecureRandom} (NativePRNG mixes through a
     * synchronized SHA1PRNG) serialised the request threads in the ballot benchmark.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(VoterKeys::newGenerator);

    public VoterKeys(@Value("${bizizmir.voting.voter-key-secret:${bizizmir.id-hash-secret}}") String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalStateException("bizizmir.voting.voter-key-secret must be at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The same voter always gets the same key in one vote, and unrelated keys in two votes. */
    public String voterKey(long voteId, String username) {
        return hmac("voter|" + voteId + "|" + username);
    }

    /** The client's submission key, bound to voter and vote so it reveals neither. */
    public String submissionKey(long voteId, String username, String clientKey) {
        return hmac("submission|" + voteId + "|" + username + "|" + clientKey);
    }

    /**
     * A receipt code like {@code K7QF-M2XA-9PRT}: 12 symbols of 31, about 59 bits. The random
     * bytes come in one draw (a draw from the DRBG costs about as much for 24 bytes as for 4,
     * and twelve draws were a third of a ballot's CPU time); a byte of 248 or more is skipped,
     * so that each of the 31 symbols stays exactly equally likely (248 = 8 x 31).
     */
    public String newReceiptCode() {
        SecureRandom random = RANDOM.get();
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        var code = new StringBuilder(14);
        int symbols = 0;
        int next = 0;
        while (symbols < 12) {
            if (next == bytes.length) {
                random.nextBytes(bytes);
                next = 0;
            }
            int value = bytes[next++] & 0xff;
            if (value >= 8 * RECEIPT_ALPHABET.length) {
                continue;
            }
            if (symbols > 0 && symbols % 4 == 0) {
                code.append('-');
            }
            code.append(RECEIPT_ALPHABET[value % RECEIPT_ALPHABET.length]);
            symbols++;
        }
        return code.toString();
    }

    /** A random (version 4) UUID for a ballot's id, from this thread's generator. */
    public String newBallotId() {
        byte[] b = new byte[16];
        RANDOM.get().nextBytes(b);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        long hi = java.nio.ByteBuffer.wrap(b, 0, 8).getLong();
        long lo = java.nio.ByteBuffer.wrap(b, 8, 8).getLong();
        return new java.util.UUID(hi, lo).toString();
    }

    private static SecureRandom newGenerator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (GeneralSecurityException e) {
            return new SecureRandom();
        }
    }

    private String hmac(String text) {
        Mac mac = macs.get();
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** One initialised HMAC per thread (looking the algorithm up for each ballot cost more than the hash). */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
