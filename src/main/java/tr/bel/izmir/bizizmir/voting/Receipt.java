package tr.bel.izmir.bizizmir.voting;

import java.util.List;

/**
 * What a voter gets back for a ballot: the receipt code to look for on the public list after
 * close. The same submission always returns the same receipt; a changed ballot keeps its code.
 */
public record Receipt(long voteId, String receiptCode, List<Long> optionIds) {
    public Receipt {
        optionIds = List.copyOf(optionIds);
    }
}
