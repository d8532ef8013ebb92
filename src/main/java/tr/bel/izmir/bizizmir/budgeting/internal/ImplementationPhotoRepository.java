package tr.bel.izmir.bizizmir.budgeting.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import tr.bel.izmir.bizizmir.budgeting.ImplementationPhoto;

import java.util.List;

public interface ImplementationPhotoRepository extends JpaRepository<ImplementationPhoto, Long> {

    @Query("select p.id from ImplementationPhoto p where p.projectId = ?1 order by p.id")
    List<Long> findIdsByProjectId(Long projectId);

    @Query("select p.id from ImplementationPhoto p where p.updateId = ?1 order by p.id")
    List<Long> findIdsByUpdateId(Long updateId);
}
