package tr.bel.izmir.bizizmir.voting;

/** A consultation asks yes/no or offers several answers; {@code consultation.kind.<NAME>}. */
public enum ConsultationKind {
    YES_NO, MULTIPLE_CHOICE
}
