package tr.bel.izmir.bizizmir.parkevent.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.parkevent.LivingPark;

import java.util.List;

public interface LivingParkRepository extends JpaRepository<LivingPark, Long> {

    List<LivingPark> findAllByOrderByName();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
