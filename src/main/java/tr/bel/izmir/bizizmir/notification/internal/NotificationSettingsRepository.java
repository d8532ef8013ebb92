package tr.bel.izmir.bizizmir.notification.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.notification.NotificationSettings;

public interface NotificationSettingsRepository extends JpaRepository<NotificationSettings, String> {
}
