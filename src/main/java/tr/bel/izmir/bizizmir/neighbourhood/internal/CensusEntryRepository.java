package tr.bel.izmir.bizizmir.neighbourhood.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.neighbourhood.CensusEntry;

import java.util.Optional;

public interface CensusEntryRepository extends JpaRepository<CensusEntry, Long> {

    Optional<CensusEntry> findByIdHash(String idHash);
}
