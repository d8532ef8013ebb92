/**
 * Participatory budgeting (Katılımcı Bütçeleme): PB cycles with their envelope in TRY,
 * phases and rules; the budget allocation after the public vote (tally through the
 * {@link tr.bel.izmir.bizizmir.budgeting.CycleBallots} port, allocation, budget office
 * review, publication), implementation tracking of the winners, and pabulib import/export.
 */
package tr.bel.izmir.bizizmir.budgeting;
