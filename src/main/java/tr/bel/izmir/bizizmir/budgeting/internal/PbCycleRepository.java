package tr.bel.izmir.bizizmir.budgeting.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.budgeting.CyclePhase;
import tr.bel.izmir.bizizmir.budgeting.PbCycle;

import java.util.Collection;
import java.util.List;

public interface PbCycleRepository extends JpaRepository<PbCycle, Long> {

    List<PbCycle> findByNeighbourhoodIdAndPhaseIn(Long neighbourhoodId, Collection<CyclePhase> phases);

    List<PbCycle> findByNeighbourhoodIdIn(Collection<Long> neighbourhoodIds);

    List<PbCycle> findByPhaseInOrderByVotingClosesAsc(Collection<CyclePhase> phases);
}
