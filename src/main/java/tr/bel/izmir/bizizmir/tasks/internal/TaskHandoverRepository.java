package tr.bel.izmir.bizizmir.tasks.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.tasks.TaskHandover;

import java.util.List;

public interface TaskHandoverRepository extends JpaRepository<TaskHandover, Long> {

    List<TaskHandover> findByTaskIdOrderByActedAtAscIdAsc(String taskId);

    List<TaskHandover> findByProcessInstanceIdInOrderByActedAtAscIdAsc(java.util.Collection<String> processInstanceIds);

    @org.springframework.data.jpa.repository.Query("""
            select h from TaskHandover h where h.fromUser = :username or h.toUser = :username or h.actedBy = :username
            order by h.actedAt, h.id
            """)
    List<TaskHandover> involving(@org.springframework.data.repository.query.Param("username") String username);
}
