/**
 * Process owners: catalogue, editing, validation and deployment of BPMN, DMN and forms.
 */
package tr.bel.izmir.bizizmir.modeling;
