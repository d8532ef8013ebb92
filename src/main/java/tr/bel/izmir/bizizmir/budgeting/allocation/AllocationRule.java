package tr.bel.izmir.bizizmir.budgeting.allocation;

/**
 * Decides which projects an envelope funds. Implementations are deterministic (same
 * instance, same outcome, same order), use exact arithmetic for every money decision,
 * never exceed the budget, and break ties the documented way: more votes first, then
 * lower cost, then project id in ascending {@link String#compareTo} order.
 * See {@code docs/allocation-rules.md}.
 */
public interface AllocationRule {

    Allocation allocate(PbInstance instance);
}
