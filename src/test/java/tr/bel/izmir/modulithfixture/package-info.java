/**
 * A two-feature application that breaks the module rule on purpose, so that the rule's own
 * test ({@code ModularityTest}) shows it failing.
 */
package tr.bel.izmir.modulithfixture;
