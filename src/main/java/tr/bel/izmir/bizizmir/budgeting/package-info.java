/**
 * Participatory budgeting (Katılımcı Bütçeleme): PB cycles with their envelope in TRY,
 * phases and rules; later allocation rules and pabulib import/export.
 */
package tr.bel.izmir.bizizmir.budgeting;
