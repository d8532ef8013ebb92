package tr.bel.izmir.bizizmir.parkevent.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.parkevent.ParkEventControl;

import java.util.List;

public interface ParkEventControlRepository extends JpaRepository<ParkEventControl, Long> {

    List<ParkEventControl> findByApplicationIdOrderByActedAtAscIdAsc(long applicationId);
}
