package tr.bel.izmir.bizizmir.notification.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.notification.OverdueTaskReport;

public interface OverdueTaskReportRepository extends JpaRepository<OverdueTaskReport, String> {
}
