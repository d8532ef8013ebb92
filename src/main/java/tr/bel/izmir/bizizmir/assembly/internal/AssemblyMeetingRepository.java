package tr.bel.izmir.bizizmir.assembly.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import tr.bel.izmir.bizizmir.assembly.AssemblyMeeting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface AssemblyMeetingRepository extends JpaRepository<AssemblyMeeting, Long> {

    List<AssemblyMeeting> findByAssemblyIdOrderByStartsAtDesc(Long assemblyId);

    List<AssemblyMeeting> findByAssemblyIdInOrderByStartsAtAsc(Collection<Long> assemblyIds);

    /** Minutes are recorded once: the second secretary's attempt waits and then sees the first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from AssemblyMeeting m where m.id = :id")
    Optional<AssemblyMeeting> lockById(@Param("id") Long id);
}
