package tr.bel.izmir.bizizmir.assembly.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.assembly.MeetingAgendaItem;

import java.util.List;

public interface MeetingAgendaItemRepository extends JpaRepository<MeetingAgendaItem, Long> {

    List<MeetingAgendaItem> findByMeetingIdOrderByPosition(Long meetingId);
}
