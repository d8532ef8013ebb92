package tr.bel.izmir.bizizmir.voting;

/** What a public vote decides: a PB cycle's ballot or a consultation question. */
public enum VoteKind {
    PB_CYCLE, CONSULTATION
}
