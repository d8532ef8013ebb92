package tr.bel.izmir.bizizmir.parkevent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A civic group's application for an event in a park area. Its id is the business key. */
@Entity
@Table(name = "park_event_application")
public class EventApplication implements EventApplicationInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "group_id", nullable = false)
    private Long groupId;
    @Column(name = "area_id", nullable = false)
    private Long areaId;
    @Column(nullable = false, length = 120)
    private String applicant;
    @Column(name = "submission_key", nullable = false, length = 64)
    private String submissionKey;
    @Column(nullable = false, length = 150)
    private String title;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;
    @Column(name = "expected_attendance", nullable = false)
    private int expectedAttendance;
    @Column(nullable = false)
    private boolean minors;
    @Enumerated(EnumType.STRING)
    @Column(name = "noise_level", nullable = false, length = 10)
    private NoiseLevel noiseLevel;
    @Column(nullable = false)
    private boolean commercial;
    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", nullable = false, length = 20)
    private ActivityType activityType;
    @Column(name = "tent_count", nullable = false)
    private int tentCount;
    @Column(name = "power_needed", nullable = false)
    private boolean powerNeeded;
    @Column(name = "sound_needed", nullable = false)
    private boolean soundNeeded;
    @Column(name = "chair_count", nullable = false)
    private int chairCount;
    @Column(name = "table_count", nullable = false)
    private int tableCount;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EventStatus status;
    @Column(name = "status_reason_tr", length = 1000)
    private String statusReasonTr;
    @Column(name = "status_reason_en", length = 1000)
    private String statusReasonEn;
    @Column(name = "actual_attendance")
    private Integer actualAttendance;
    @Column(name = "damage_report", length = 2000)
    private String damageReport;
    @Column(name = "reported_at")
    private Instant reportedAt;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected EventApplication() {
    }

    EventApplication(String applicant, String submissionKey, EventRequest r, Instant now) {
        this.groupId = r.groupId();
        this.areaId = r.areaId();
        this.applicant = applicant;
        this.submissionKey = submissionKey;
        this.title = r.title().strip();
        this.startsAt = r.startsAt();
        this.endsAt = r.endsAt();
        this.status = EventStatus.PENDING;
        this.submittedAt = now;
        revise(r, now);
    }

    /** The parts a group may change when the park manager asks for changes (not area or time). */
    void revise(EventRequest r, Instant now) {
        this.expectedAttendance = r.expectedAttendance();
        this.minors = r.minors();
        this.noiseLevel = r.noiseLevel();
        this.commercial = r.commercial();
        this.activityType = r.activityType();
        this.tentCount = r.tents();
        this.powerNeeded = r.power();
        this.soundNeeded = r.sound();
        this.chairCount = r.chairs();
        this.tableCount = r.tables();
        this.updatedAt = now;
    }

    void moveTo(EventStatus next, String reasonTr, String reasonEn, Instant now) {
        this.status = next;
        this.statusReasonTr = reasonTr;
        this.statusReasonEn = reasonEn;
        this.updatedAt = now;
    }

    void report(int actualAttendance, String damageReport, Instant now) {
        this.actualAttendance = actualAttendance;
        this.damageReport = damageReport == null || damageReport.isBlank() ? null : damageReport.strip();
        this.reportedAt = now;
        moveTo(EventStatus.REPORTED, null, null, now);
    }

    public boolean supportRequested() {
        return tentCount > 0 || powerNeeded || soundNeeded || chairCount > 0 || tableCount > 0;
    }

    /** KVKK erasure of the applicant: the event stays (calendar, standing), the account name goes. */
    void pseudonymiseApplicant(String pseudonym) {
        this.applicant = pseudonym;
    }

    public Long getId() { return id; }
    public Long getGroupId() { return groupId; }
    public Long getAreaId() { return areaId; }
    public String getApplicant() { return applicant; }
    public String getSubmissionKey() { return submissionKey; }
    public String getTitle() { return title; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public int getExpectedAttendance() { return expectedAttendance; }
    public boolean isMinors() { return minors; }
    public NoiseLevel getNoiseLevel() { return noiseLevel; }
    public boolean isCommercial() { return commercial; }
    public ActivityType getActivityType() { return activityType; }
    public int getTentCount() { return tentCount; }
    public boolean isPowerNeeded() { return powerNeeded; }
    public boolean isSoundNeeded() { return soundNeeded; }
    public int getChairCount() { return chairCount; }
    public int getTableCount() { return tableCount; }
    public EventStatus getStatus() { return status; }
    public String getStatusReasonTr() { return statusReasonTr; }
    public String getStatusReasonEn() { return statusReasonEn; }
    public Integer getActualAttendance() { return actualAttendance; }
    public String getDamageReport() { return damageReport; }
    public Instant getReportedAt() { return reportedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
