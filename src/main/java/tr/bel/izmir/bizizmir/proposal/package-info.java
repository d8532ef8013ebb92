/**
 * Proposals and supports: a resident's idea from submission to the feasibility decision.
 */
package tr.bel.izmir.bizizmir.proposal;
