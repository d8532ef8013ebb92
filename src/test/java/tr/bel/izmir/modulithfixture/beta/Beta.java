package tr.bel.izmir.modulithfixture.beta;

import tr.bel.izmir.modulithfixture.alpha.internal.AlphaSecret;

/** Breaks the rule on purpose: a feature reaching into another feature's internals. */
public class Beta {
    public String peek() {
        return new AlphaSecret().value();
    }
}
