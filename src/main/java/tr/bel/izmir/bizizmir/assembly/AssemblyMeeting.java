package tr.bel.izmir.bizizmir.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** A meeting of one assembly: when and where, and once held, its published minutes and quorum. */
@Entity
@Table(name = "assembly_meeting")
public class AssemblyMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "assembly_id", nullable = false)
    private Long assemblyId;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(length = 200)
    private String place;
    @Column(name = "online_link", length = 500)
    private String onlineLink;
    @Column(name = "scheduled_by", nullable = false, length = 120)
    private String scheduledBy;
    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;
    @Column(length = 8000)
    private String minutes;
    @Column(name = "recorded_by", length = 120)
    private String recordedBy;
    @Column(name = "minutes_published_at")
    private Instant minutesPublishedAt;
    @Column(name = "members_count")
    private Integer membersCount;
    @Column(name = "present_count")
    private Integer presentCount;
    @Column
    private Boolean quorum;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "cancelled_by", length = 120)
    private String cancelledBy;
    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;

    protected AssemblyMeeting() {
    }

    AssemblyMeeting(long assemblyId, Instant startsAt, String place, String onlineLink, String scheduledBy, Instant scheduledAt) {
        this.assemblyId = assemblyId;
        this.startsAt = startsAt;
        this.place = place;
        this.onlineLink = onlineLink;
        this.scheduledBy = scheduledBy;
        this.scheduledAt = scheduledAt;
    }

    void publishMinutes(String minutes, String by, int membersCount, int presentCount, boolean quorum, Instant at) {
        this.minutes = minutes;
        this.recordedBy = by;
        this.membersCount = membersCount;
        this.presentCount = presentCount;
        this.quorum = quorum;
        this.minutesPublishedAt = at;
    }

    /** The chair moves the meeting or changes where it is held. */
    void change(Instant startsAt, String place, String onlineLink) {
        this.startsAt = startsAt;
        this.place = place;
        this.onlineLink = onlineLink;
    }

    void cancel(String reason, String by, Instant at) {
        this.cancelReason = reason;
        this.cancelledBy = by;
        this.cancelledAt = at;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Optional<String> getCancelReason() { return Optional.ofNullable(cancelReason); }

    public boolean isRecorded() {
        return minutesPublishedAt != null;
    }

    public Long getId() { return id; }
    public Long getAssemblyId() { return assemblyId; }
    public Instant getStartsAt() { return startsAt; }
    public Optional<String> getPlace() { return Optional.ofNullable(place); }
    public Optional<String> getOnlineLink() { return Optional.ofNullable(onlineLink); }
    public Optional<String> getMinutes() { return Optional.ofNullable(minutes); }
    public Optional<Instant> getMinutesPublishedAt() { return Optional.ofNullable(minutesPublishedAt); }
    public Optional<Integer> getMembersCount() { return Optional.ofNullable(membersCount); }
    public Optional<Integer> getPresentCount() { return Optional.ofNullable(presentCount); }
    public Optional<Boolean> getQuorum() { return Optional.ofNullable(quorum); }
}
