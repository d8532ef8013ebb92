/**
 * Budget allocation for participatory budgeting: the pabulib {@code .pb} format
 * ({@link tr.bel.izmir.bizizmir.budgeting.allocation.PabulibParser},
 * {@link tr.bel.izmir.bizizmir.budgeting.allocation.PabulibWriter}) and the allocation
 * rules ({@link tr.bel.izmir.bizizmir.budgeting.allocation.GreedyRule},
 * {@link tr.bel.izmir.bizizmir.budgeting.allocation.EqualSharesRule}). Plain Java with
 * exact arithmetic and no framework, so results can be replayed and checked anywhere.
 * The rules are described for the public in {@code docs/allocation-rules.md}.
 */
package tr.bel.izmir.bizizmir.budgeting.allocation;
