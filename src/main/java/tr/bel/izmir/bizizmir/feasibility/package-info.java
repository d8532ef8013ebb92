/**
 * Feasibility checks: department routing by DMN, officers' assessments, supervisor approval.
 */
package tr.bel.izmir.bizizmir.feasibility;
