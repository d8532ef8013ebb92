/**
 * Public votes and consultations: ballots, receipts and tallies; ballots are never linked to voters in any export.
 */
package tr.bel.izmir.bizizmir.voting;
