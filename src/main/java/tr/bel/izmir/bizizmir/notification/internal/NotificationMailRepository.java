package tr.bel.izmir.bizizmir.notification.internal;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.notification.NotificationMail;
import tr.bel.izmir.bizizmir.notification.NotificationMailInfo.Status;

import java.time.Instant;
import java.util.List;

public interface NotificationMailRepository extends JpaRepository<NotificationMail, Long> {

    @Query("select m.id from NotificationMail m where m.status = :status and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
    List<Long> due(Status status, Instant now, Pageable page);

    List<NotificationMail> findByStatusAndNextAttemptAtLessThanEqualOrderByRecipientAscIdAsc(Status status, Instant now);

    /** Claims a pending mail for one sender; 0 when another sender (or an earlier run) has it. */
    @Transactional
    @Modifying(clearAutomatically = true)
    @Query("update NotificationMail m set m.status = 'SENDING', m.claimedAt = :now, m.attempts = m.attempts + 1 "
            + "where m.id = :id and m.status = 'PENDING'")
    int claim(long id, Instant now);

    @Transactional
    @Modifying(clearAutomatically = true)
    @Query("update NotificationMail m set m.status = 'SENT', m.sentAt = :now, m.lastError = null where m.id = :id and m.status = 'SENDING'")
    int recordSent(long id, Instant now);

    @Transactional
    @Modifying(clearAutomatically = true)
    @Query("update NotificationMail m set m.status = :status, m.nextAttemptAt = :next, m.lastError = :error "
            + "where m.id = :id and m.status = 'SENDING'")
    int recordFailure(long id, Status status, Instant next, String error);

    @Transactional
    @Modifying(clearAutomatically = true)
    @Query("update NotificationMail m set m.status = 'LOCAL' where m.id = :id and m.status = 'PENDING'")
    int keepLocal(long id);

    /** Claims whose sender never recorded an outcome (it was stopped between claim and record). */
    @Transactional
    @Modifying(clearAutomatically = true)
    @Query("update NotificationMail m set m.status = 'UNCERTAIN' where m.status = 'SENDING' and m.claimedAt < :before")
    int markStaleClaimsUncertain(Instant before);

    List<NotificationMail> findByOrderByCreatedAtDescIdDesc(Pageable page);

    List<NotificationMail> findByRecipientOrderByCreatedAtAscIdAsc(String recipient);

    long countByStatus(Status status);

    @Transactional
    @Modifying
    @Query("delete from NotificationMail m where m.recipient = :recipient")
    int deleteByRecipient(String recipient);
}
