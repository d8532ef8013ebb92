package tr.bel.izmir.bizizmir.proposal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a proposal is about. The codes are the ones the eligibility and routing decision
 * tables test; {@code proposal.category.<code>} names them for people.
 */
public enum ProposalCategory {
    PARKS, ROADS, CULTURE, ENVIRONMENT, SOCIAL, SPORTS, ACCESSIBILITY, EDUCATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProposalCategory> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
    }
}
