package tr.bel.izmir.bizizmir.notification.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import tr.bel.izmir.bizizmir.notification.NotificationMember;

import java.util.List;

public interface NotificationMemberRepository extends JpaRepository<NotificationMember, String> {

    @Query("select m.username from NotificationMember m where m.groupNames like concat('%,', :group, ',%')")
    List<String> membersOf(String group);
}
