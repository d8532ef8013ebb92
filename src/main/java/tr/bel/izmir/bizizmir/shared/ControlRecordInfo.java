package tr.bel.izmir.bizizmir.shared;

import java.time.Instant;

/**
 * One staff action on a running process (DD018) as other features see it: read-only. Each feature's
 * control record (an entity inside that feature) implements it with its own action type.
 */
public interface ControlRecordInfo {

    Long getId();
    String getReason();
    Instant getPreviousAt();
    Instant getNewAt();
    String getActedBy();
    Instant getActedAt();
}
