package tr.bel.izmir.bizizmir.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * The columns every record of a staff action on a running process has (DD018): why, the time
 * before and after, who acted and when. Features add what was acted on and an action of their own.
 */
@MappedSuperclass
public abstract class ProcessControlRecord implements ControlRecordInfo {

    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = MAX_REASON)
    private String reason;
    @Column(name = "previous_at", nullable = false)
    private Instant previousAt;
    @Column(name = "new_at", nullable = false)
    private Instant newAt;
    @Column(name = "acted_by", nullable = false, length = 120)
    private String actedBy;
    @Column(name = "acted_at", nullable = false)
    private Instant actedAt;

    protected ProcessControlRecord() {
    }

    protected ProcessControlRecord(String reason, Instant previousAt, Instant newAt, String actedBy, Instant actedAt) {
        this.reason = reason;
        this.previousAt = previousAt;
        this.newAt = newAt;
        this.actedBy = actedBy;
        this.actedAt = actedAt;
    }

    /**
     * The reason as it will be stored and shown: stripped, required, at most {@link #MAX_REASON}.
     *
     * @param keyPrefix the feature's message keys: {@code <prefix>reason-required}, {@code <prefix>reason-too-long}
     */
    public static String requireReason(String reason, String keyPrefix) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new DomainException(keyPrefix + "reason-required");
        }
        if (why.length() > MAX_REASON) {
            throw new DomainException(keyPrefix + "reason-too-long", MAX_REASON);
        }
        return why;
    }

    public Long getId() { return id; }
    public String getReason() { return reason; }
    public Instant getPreviousAt() { return previousAt; }
    public Instant getNewAt() { return newAt; }
    public String getActedBy() { return actedBy; }
    public Instant getActedAt() { return actedAt; }
}
