package tr.bel.izmir.bizizmir.neighbourhood.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.neighbourhood.Resident;

import java.util.Optional;

public interface ResidentRepository extends JpaRepository<Resident, Long> {

    Optional<Resident> findByUsername(String username);

    Optional<Resident> findByIdHash(String idHash);
}
