package tr.bel.izmir.bizizmir.notification.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.notification.Follow;

import java.util.List;

public interface FollowRepository extends JpaRepository<Follow, Follow.Key> {

    @Query("select f.username from Follow f where f.caseKind = :caseKind and f.caseKey = :caseKey order by f.username")
    List<String> followersOf(String caseKind, String caseKey);

    List<Follow> findByUsernameOrderByCreatedAtAsc(String username);

    @Transactional
    @Modifying
    @Query("delete from Follow f where f.username = :username")
    int deleteByUsername(String username);
}
