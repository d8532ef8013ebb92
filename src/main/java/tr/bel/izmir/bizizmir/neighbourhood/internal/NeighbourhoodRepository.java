package tr.bel.izmir.bizizmir.neighbourhood.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import tr.bel.izmir.bizizmir.neighbourhood.Neighbourhood;

import java.util.List;
import java.util.Optional;

public interface NeighbourhoodRepository extends JpaRepository<Neighbourhood, Long> {

    Optional<Neighbourhood> findByCode(String code);

    List<Neighbourhood> findByDistrictIdOrderByNameAsc(Long districtId);

    @Query("""
            select n from Neighbourhood n
            where (:districtId is null or n.district.id = :districtId)
              and (:code = '' or n.code like concat('%', :code, '%'))
            """)
    Page<Neighbourhood> search(@Param("districtId") Long districtId, @Param("code") String codeFragment,
                               Pageable pageable);

    @Query("""
            select count(n) from Neighbourhood n
            where (:districtId is null or n.district.id = :districtId)
              and (:code = '' or n.code like concat('%', :code, '%'))
            """)
    long countSearch(@Param("districtId") Long districtId, @Param("code") String codeFragment);
}
