/**
 * Camunda Forms (form-js JSON from {@code forms/}) read into a model and rendered as Vaadin fields
 * in the staff inbox, so process owners can change a task form without a Java change. FEEL in a
 * form (hide-if conditions, read-only states, labels, texts, defaults, limits) runs in the FEEL
 * engine Camunda ships, with Java calls disabled ({@link tr.bel.izmir.bizizmir.tasks.forms.FormFeel});
 * {@link tr.bel.izmir.bizizmir.tasks.forms.FormSupport} tells the deployment check what the
 * inbox cannot do (DD031). Exposed to other features as the named interface {@code forms}
 * (Spring Modulith): the modeling feature's deployment check uses {@code FormSupport}.
 */
@NamedInterface("forms")
package tr.bel.izmir.bizizmir.tasks.forms;

import org.springframework.modulith.NamedInterface;
