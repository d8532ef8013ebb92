/**
 * The task views other features embed: the task dialog shown beside a case.
 * Exposed to other features as the named interface {@code ui} (Spring Modulith); the rest of
 * the feature's views are reached only through their routes.
 */
@NamedInterface("ui")
package tr.bel.izmir.bizizmir.tasks.ui;

import org.springframework.modulith.NamedInterface;
