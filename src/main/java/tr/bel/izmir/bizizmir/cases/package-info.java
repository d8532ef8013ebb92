/**
 * Staff case pages: one case (a proposal for now) gathered from its feature and its processes —
 * content, state and due dates, open tasks and their holders, history, related cases — for the staff who may see it.
 */
package tr.bel.izmir.bizizmir.cases;
