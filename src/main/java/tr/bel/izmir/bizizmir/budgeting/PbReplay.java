package tr.bel.izmir.bizizmir.budgeting;

import org.springframework.stereotype.Service;
import tr.bel.izmir.bizizmir.budgeting.allocation.Allocation;
import tr.bel.izmir.bizizmir.budgeting.allocation.EqualSharesRule;
import tr.bel.izmir.bizizmir.budgeting.allocation.GreedyRule;
import tr.bel.izmir.bizizmir.budgeting.allocation.PabulibFormatException;
import tr.bel.izmir.bizizmir.budgeting.allocation.PabulibParser;
import tr.bel.izmir.bizizmir.budgeting.allocation.PbInstance;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Replays a past election from a pabulib {@code .pb} file under our allocation rules,
 * for the budget office (page and API) to compare rules on real data. Read-only: it
 * touches no database, so a bad file can change nothing.
 */
@Service
public class PbReplay {

    /** Largest accepted file; the biggest real pabulib files are a few MB. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private final PabulibParser parser = new PabulibParser();

    /** Reads the file as UTF-8 (pabulib's encoding); throws {@link PabulibFormatException}. */
    public PbInstance parse(byte[] content) {
        return parser.parse(new String(content, StandardCharsets.UTF_8));
    }

    public Allocation allocate(PbInstance instance, AllocationRule rule) {
        return switch (rule) {
            case GREEDY -> new GreedyRule().allocate(instance);
            case EQUAL_SHARES -> new EqualSharesRule().allocate(instance);
        };
    }

    /** The name used in URLs and JSON: {@code greedy}, {@code equal-shares}. */
    public static String apiName(AllocationRule rule) {
        return rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<AllocationRule> ruleNamed(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(AllocationRule.values()).filter(r -> apiName(r).equals(wanted)).findFirst();
    }

    /**
     * The exception's message arguments with numbers as plain text: MessageFormat would
     * otherwise print line 1234 as "1.234" in Turkish, which reads like a decimal.
     */
    public static Object[] messageArgs(PabulibFormatException e) {
        return Arrays.stream(e.args()).map(a -> a instanceof Number ? a.toString() : a).toArray();
    }
}
