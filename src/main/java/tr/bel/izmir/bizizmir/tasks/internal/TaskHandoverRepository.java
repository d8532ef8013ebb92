package tr.bel.izmir.bizizmir.tasks.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.tasks.TaskHandover;

import java.util.List;

public interface TaskHandoverRepository extends JpaRepository<TaskHandover, Long> {

    List<TaskHandover> findByTaskIdOrderByActedAtAscIdAsc(String taskId);

    List<TaskHandover> findByProcessInstanceIdInOrderByActedAtAscIdAsc(java.util.Collection<String> processInstanceIds);
}
