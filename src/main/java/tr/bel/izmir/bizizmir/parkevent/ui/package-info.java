/**
 * The park event views other features embed on case pages.
 * Exposed to other features as the named interface {@code ui} (Spring Modulith); the rest of
 * the feature's views are reached only through their routes.
 */
@NamedInterface("ui")
package tr.bel.izmir.bizizmir.parkevent.ui;

import org.springframework.modulith.NamedInterface;
