package tr.bel.izmir.bizizmir.budgeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import tr.bel.izmir.bizizmir.shared.ProcessControlRecord;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One re-run of a cycle's allocation (DD020): why, which projects were left out from then on,
 * who and when. Reason and exclusions are public with the results; who acted is for staff.
 * {@code previousAt} is when the replaced allocation was computed, {@code newAt} the action's time.
 */
@Entity
@Table(name = "allocation_control")
public class AllocationControl extends ProcessControlRecord {

    public enum Action { RERUN }

    @Column(name = "cycle_id", nullable = false)
    private Long cycleId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Action action;
    @Column(name = "excluded_proposals", nullable = false, length = 2000)
    private String excludedProposals;
    @Column(name = "excluded_titles", nullable = false, length = 4000)
    private String excludedTitles;

    protected AllocationControl() {
    }

    AllocationControl(long cycleId, java.util.SortedMap<Long, String> excluded, String reason, Instant previousAt,
                      Instant newAt, String actedBy, Instant actedAt) {
        super(reason, previousAt, newAt, actedBy, actedAt);
        this.cycleId = cycleId;
        this.action = Action.RERUN;
        this.excludedProposals = excluded.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
        String titles = String.join("\n", excluded.values());
        this.excludedTitles = titles.length() <= 4000 ? titles : titles.substring(0, 4000);
    }

    public Long getCycleId() { return cycleId; }

    /** The titles of the proposals left out, as they were on the ballot. */
    public List<String> getExcludedTitles() {
        return excludedTitles == null || excludedTitles.isEmpty() ? List.of() : List.of(excludedTitles.split("\n"));
    }
    public Action getAction() { return action; }

    /** The proposals left out of the allocation from this re-run on. */
    public List<Long> getExcludedProposals() {
        return excludedProposals == null || excludedProposals.isBlank() ? List.of()
                : Arrays.stream(excludedProposals.split(",")).map(String::strip).map(Long::valueOf).toList();
    }
}
