package tr.bel.izmir.modulithfixture.alpha;

/** A feature's public API in the Modulith rule test's fixture. */
public class Alpha {
    public String name() {
        return "alpha";
    }
}
