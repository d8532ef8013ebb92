/**
 * The budgeting views. Other features embed only {@link tr.bel.izmir.bizizmir.budgeting.ui.AllocationRunPanel}
 * (the cycle's case page shows its allocation computing); exposed as the named interface {@code ui}
 * (Spring Modulith). The rest are reached only through their routes.
 */
@NamedInterface("ui")
package tr.bel.izmir.bizizmir.budgeting.ui;

import org.springframework.modulith.NamedInterface;
