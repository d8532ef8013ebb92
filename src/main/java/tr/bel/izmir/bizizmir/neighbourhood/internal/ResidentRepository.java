package tr.bel.izmir.bizizmir.neighbourhood.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import tr.bel.izmir.bizizmir.neighbourhood.Resident;

import java.util.Optional;

public interface ResidentRepository extends JpaRepository<Resident, Long> {

    /**
     * Read on every ballot and proposal. A JPQL string rather than a derived query: Spring Data's
     * derived-query preparation takes a lock per query method, which serialised 64 concurrent
     * voters in the ballot benchmark.
     */
    @Query("select r from Resident r where r.username = :username")
    Optional<Resident> findByUsername(@Param("username") String username);

    Optional<Resident> findByIdHash(String idHash);
}
