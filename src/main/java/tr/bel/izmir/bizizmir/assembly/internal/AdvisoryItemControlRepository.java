package tr.bel.izmir.bizizmir.assembly.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.assembly.AdvisoryItemControl;

import java.util.List;

public interface AdvisoryItemControlRepository extends JpaRepository<AdvisoryItemControl, Long> {

    List<AdvisoryItemControl> findByItemIdOrderByActedAtAscIdAsc(long itemId);
}
