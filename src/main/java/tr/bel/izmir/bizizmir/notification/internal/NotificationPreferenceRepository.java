package tr.bel.izmir.bizizmir.notification.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.notification.NotificationPreference;

import java.util.List;

public interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, NotificationPreference.Key> {

    List<NotificationPreference> findByUsername(String username);

    List<NotificationPreference> findByKindAndUsernameIn(tr.bel.izmir.bizizmir.notification.NotificationKind kind,
                                                         java.util.Collection<String> usernames);

    @Transactional
    @Modifying
    @Query("delete from NotificationPreference p where p.username = :username")
    int deleteByUsername(String username);
}
