package tr.bel.izmir.bizizmir.parkevent.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import tr.bel.izmir.bizizmir.parkevent.CivicGroup;

import java.util.List;
import java.util.Optional;

public interface CivicGroupRepository extends JpaRepository<CivicGroup, Long> {

    List<CivicGroup> findByRepresentativeOrderByName(String representative);

    boolean existsByNameIgnoreCase(String name);

    /** Standing changes read-modify-write: lock the row so parallel closings both count. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from CivicGroup g where g.id = :id")
    Optional<CivicGroup> findForUpdate(@Param("id") Long id);
}
