package tr.bel.izmir.bizizmir.voting.internal;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class VoterKeysTest {

    private final VoterKeys keys = new VoterKeys("a-test-secret-of-enough-length");

    @Test
    void receiptCodesAreTwelveUnambiguousSymbolsInThreeGroups() {
        for (int i = 0; i < 1000; i++) {
            assertThat(keys.newReceiptCode()).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        }
    }

    @Test
    void everySymbolIsEquallyLikely() {
        int[] counts = new int[128];
        int draws = 20_000;
        for (int i = 0; i < draws; i++) {
            for (char c : keys.newReceiptCode().replace("-", "").toCharArray()) {
                counts[c]++;
            }
        }
        double expected = draws * 12.0 / VoterKeys.RECEIPT_ALPHABET.length;
        double chiSquare = 0;
        for (char c : VoterKeys.RECEIPT_ALPHABET) {
            chiSquare += Math.pow(counts[c] - expected, 2) / expected;
        }
        // 30 degrees of freedom: above 70 happens by chance about once in 20,000 runs. A modulo
        // bias (byte % 31 without skipping 248..255) makes 8 of the symbols 9 % more likely and
        // gives a chi-square near 670 over these 240,000 symbols.
        assertThat(chiSquare).isLessThan(70);
    }

    @Test
    void receiptCodesDoNotRepeatAcrossThreads() {
        Set<String> codes = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 20_000).parallel().forEach(i -> codes.add(keys.newReceiptCode()));
        assertThat(codes).hasSize(20_000);
    }

    @Test
    void voterKeysAreStablePerVoteAndUnrelatedAcrossVotes() {
        assertThat(keys.voterKey(1, "ayse")).isEqualTo(keys.voterKey(1, "ayse")).hasSize(64);
        assertThat(keys.voterKey(1, "ayse")).isNotEqualTo(keys.voterKey(2, "ayse")).isNotEqualTo(keys.voterKey(1, "mehmet"));
        Set<String> fromThreads = new HashSet<>();
        IntStream.range(0, 8).parallel().mapToObj(i -> keys.voterKey(7, "zeynep")).forEach(k -> {
            synchronized (fromThreads) {
                fromThreads.add(k);
            }
        });
        assertThat(fromThreads).containsExactly(keys.voterKey(7, "zeynep"));
    }
}
