package tr.bel.izmir.bizizmir.voting;

import java.util.List;
import java.util.Map;

/**
 * The public, aggregate outcome of a closed vote: votes per option, overall and per district.
 * Nothing here names or orders voters.
 */
public record VoteResults(Vote vote, long ballots, long participants, List<OptionResult> options,
                          List<DistrictResult> districts) {

    public record OptionResult(VoteOption option, long votes) {
    }

    public record DistrictResult(long districtId, String districtName, long ballots, Map<Long, Long> votesByOption) {
    }
}
