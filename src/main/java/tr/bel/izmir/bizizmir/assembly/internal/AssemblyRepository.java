package tr.bel.izmir.bizizmir.assembly.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.assembly.Assembly;

import java.util.List;
import java.util.Optional;

public interface AssemblyRepository extends JpaRepository<Assembly, Long> {

    Optional<Assembly> findByNeighbourhoodId(Long neighbourhoodId);

    List<Assembly> findAllByOrderByPilotDescNameAsc();
}
