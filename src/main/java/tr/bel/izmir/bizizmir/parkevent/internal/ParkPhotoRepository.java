package tr.bel.izmir.bizizmir.parkevent.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import tr.bel.izmir.bizizmir.parkevent.ParkPhoto;

import java.util.List;

public interface ParkPhotoRepository extends JpaRepository<ParkPhoto, Long> {

    @Query("select p.id from ParkPhoto p where p.parkId = :parkId order by p.id")
    List<Long> idsOf(@Param("parkId") Long parkId);

    long countByParkId(Long parkId);
}
