package tr.bel.izmir.modulithfixture.alpha.internal;

/** Inside the feature alpha: no other feature may use it. */
public class AlphaSecret {
    public String value() {
        return "secret";
    }
}
