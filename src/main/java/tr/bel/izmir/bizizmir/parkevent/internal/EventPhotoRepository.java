package tr.bel.izmir.bizizmir.parkevent.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import tr.bel.izmir.bizizmir.parkevent.EventPhoto;

import java.util.List;

public interface EventPhotoRepository extends JpaRepository<EventPhoto, Long> {

    @Query("select p.id from EventPhoto p where p.applicationId = :applicationId order by p.id")
    List<Long> idsOf(@Param("applicationId") Long applicationId);
}
