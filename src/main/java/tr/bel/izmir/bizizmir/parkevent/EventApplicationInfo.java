package tr.bel.izmir.bizizmir.parkevent;

import java.time.Instant;

/**
 * A civic group's application for a park event as other features see it: read-only; the entity stays in the parkevent feature.
 */
public interface EventApplicationInfo {

    boolean supportRequested();
    Long getId();
    Long getGroupId();
    Long getAreaId();
    String getApplicant();
    String getSubmissionKey();
    String getTitle();
    Instant getStartsAt();
    Instant getEndsAt();
    int getExpectedAttendance();
    boolean isMinors();
    NoiseLevel getNoiseLevel();
    boolean isCommercial();
    ActivityType getActivityType();
    int getTentCount();
    boolean isPowerNeeded();
    boolean isSoundNeeded();
    int getChairCount();
    int getTableCount();
    EventStatus getStatus();
    String getStatusReasonTr();
    String getStatusReasonEn();
    Integer getActualAttendance();
    String getDamageReport();
    Instant getReportedAt();
    Instant getSubmittedAt();
    Instant getUpdatedAt();
}
