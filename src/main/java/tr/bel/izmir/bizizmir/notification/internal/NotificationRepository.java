package tr.bel.izmir.bizizmir.notification.internal;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.notification.Notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByRequestIdAndRecipient(UUID requestId, String recipient);

    @Query("select n.recipient from Notification n where n.requestId = :requestId and n.recipient in :recipients")
    List<String> recipientsOf(UUID requestId, java.util.Collection<String> recipients);

    List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

    List<Notification> findByRecipientOrderByCreatedAtAscIdAsc(String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    long countByRequestId(UUID requestId);

    @Transactional
    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipient = :recipient and n.readAt is null")
    int markAllRead(String recipient, Instant at);

    @Transactional
    @Modifying
    @Query("delete from Notification n where n.recipient = :recipient")
    int deleteByRecipient(String recipient);
}
