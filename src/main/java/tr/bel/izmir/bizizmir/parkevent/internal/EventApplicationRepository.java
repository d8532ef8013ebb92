package tr.bel.izmir.bizizmir.parkevent.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import tr.bel.izmir.bizizmir.parkevent.EventApplication;
import tr.bel.izmir.bizizmir.parkevent.EventStatus;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface EventApplicationRepository extends JpaRepository<EventApplication, Long> {

    Optional<EventApplication> findByApplicantAndSubmissionKey(String applicant, String submissionKey);

    @Query("""
            select count(a) from EventApplication a
            where a.groupId = :groupId and a.id <> :exceptId and a.status in :statuses
              and a.startsAt >= :from and a.startsAt < :to
            """)
    long countOthersOfGroupBetween(@Param("groupId") Long groupId, @Param("exceptId") Long exceptId,
                                   @Param("statuses") Collection<EventStatus> statuses,
                                   @Param("from") Instant from, @Param("to") Instant to);

    @Query("""
            select a from EventApplication a
            where a.status in :statuses and a.endsAt > :from and a.startsAt < :to
            order by a.startsAt
            """)
    List<EventApplication> findInWindow(@Param("statuses") Collection<EventStatus> statuses,
                                        @Param("from") Instant from, @Param("to") Instant to);

    List<EventApplication> findByApplicantOrderBySubmittedAtDesc(String applicant);

    List<EventApplication> findByGroupIdOrderByStartsAtDesc(Long groupId);

    /** Events in a park's areas that overlap an interval, in the given statuses. */
    @Query("""
            select a from EventApplication a
            where a.areaId in (select ar.id from ParkArea ar where ar.parkId = :parkId)
              and a.status in :statuses and a.endsAt > :from and a.startsAt < :to
            order by a.startsAt
            """)
    List<EventApplication> findInParkWindow(@Param("parkId") Long parkId, @Param("statuses") Collection<EventStatus> statuses,
                                            @Param("from") Instant from, @Param("to") Instant to);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from EventApplication a where a.id = :id")
    Optional<EventApplication> findForUpdate(@Param("id") Long id);
}
