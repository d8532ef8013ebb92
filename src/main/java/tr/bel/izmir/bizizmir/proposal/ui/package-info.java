/**
 * The proposal views other features embed: the proposal list and cards shown on public pages and case pages.
 * Exposed to other features as the named interface {@code ui} (Spring Modulith); the rest of
 * the feature's views are reached only through their routes.
 */
@NamedInterface("ui")
package tr.bel.izmir.bizizmir.proposal.ui;

import org.springframework.modulith.NamedInterface;
