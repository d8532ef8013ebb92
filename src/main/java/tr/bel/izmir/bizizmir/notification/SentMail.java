package tr.bel.izmir.bizizmir.notification;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.notification.internal.NotificationMailRepository;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The admin's view of the mail outbox: in local mode (no mail server) the only place mails are seen. */
@Service
public class SentMail {

    private final NotificationMailRepository mails;

    public SentMail(NotificationMailRepository mails) {
        this.mails = mails;
    }

    @PreAuthorize("hasRole('admin')")
    @Transactional(readOnly = true)
    public List<NotificationMail> latest(int limit) {
        return mails.findByOrderByCreatedAtDescIdDesc(PageRequest.of(0, Math.min(Math.max(limit, 1), 500)));
    }

    /** Mails in the outbox by status, for the operations metrics (issue 17): figures only, no addresses. */
    @Transactional(readOnly = true)
    public Map<NotificationMail.Status, Long> countsByStatus() {
        Map<NotificationMail.Status, Long> counts = new EnumMap<>(NotificationMail.Status.class);
        for (NotificationMail.Status status : NotificationMail.Status.values()) {
            counts.put(status, mails.countByStatus(status));
        }
        return counts;
    }
}
