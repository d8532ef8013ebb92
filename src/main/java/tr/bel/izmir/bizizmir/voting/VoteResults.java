package tr.bel.izmir.bizizmir.voting;

import java.util.List;
import java.util.Map;

/**
 * The public, aggregate outcome of a closed vote: votes per option, overall and per district.
 * Nothing here names or orders voters. Districts with fewer ballots than the minimum group size
 * are shown together as one "other" row, or the breakdown is withheld (DD010).
 *
 * @param districts        the districts shown, largest first, then the "other" row if any
 * @param districtOutcome  whether every district is shown, small ones merged, or none shown
 * @param minGroupSize     the fewest ballots a shown group may have
 */
public record VoteResults(VoteInfo vote, long ballots, long participants, List<OptionResult> options,
                          List<DistrictResult> districts, DistrictOutcome districtOutcome, int minGroupSize) {

    public record OptionResult(VoteOptionInfo option, long votes) {
    }

    /**
     * One row of the district breakdown.
     *
     * @param districtId      null for the "other" row
     * @param districtName    null for the "other" row
     * @param districtsMerged how many districts the row stands for (1 for a district)
     */
    public record DistrictResult(Long districtId, String districtName, long ballots, Map<Long, Long> votesByOption,
                                 int districtsMerged) {
        public boolean other() {
            return districtId == null;
        }
    }

    public enum DistrictOutcome {
        /** No district breakdown for this vote (e.g. a PB vote), or every district shown. */
        ALL_SHOWN,
        /** Districts with too few ballots are shown together as "other". */
        MERGED,
        /** Too few ballots to show any district without revealing a small group. */
        WITHHELD
    }
}
