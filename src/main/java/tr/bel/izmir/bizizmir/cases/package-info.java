/**
 * Staff case pages: one case (proposal, park event application, advisory item, membership
 * application, vote, PB cycle) gathered from its feature and its processes — content, state and
 * due dates, open tasks and their holders, history, internal notes, related cases — for the staff
 * who may see it (DD016, DD019).
 */
package tr.bel.izmir.bizizmir.cases;
