package tr.bel.izmir.bizizmir.parkevent.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.parkevent.ParkArea;

import java.util.List;

public interface ParkAreaRepository extends JpaRepository<ParkArea, Long> {

    List<ParkArea> findByParkIdOrderByName(Long parkId);

    boolean existsByParkIdAndNameIgnoreCase(Long parkId, String name);

    boolean existsByParkIdAndNameIgnoreCaseAndIdNot(Long parkId, String name, Long id);
}
