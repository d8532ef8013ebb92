/**
 * Camunda Forms (form-js JSON from {@code forms/}) read into a model and rendered as Vaadin fields
 * in the staff inbox, so process owners can change a task form without a Java change.
 */
package tr.bel.izmir.bizizmir.tasks.forms;
