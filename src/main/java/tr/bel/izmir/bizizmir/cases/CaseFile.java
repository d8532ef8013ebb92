package tr.bel.izmir.bizizmir.cases;

/** A case page's file: the kind's content and the trail every case has. */
public record CaseFile<C>(C content, CaseTrail trail) {
}
