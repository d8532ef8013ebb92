package tr.bel.izmir.bizizmir.assembly.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.assembly.MeetingAttendance;

import java.util.List;
import java.util.Optional;

public interface MeetingAttendanceRepository extends JpaRepository<MeetingAttendance, Long> {

    List<MeetingAttendance> findByMeetingIdOrderByMember(Long meetingId);

    Optional<MeetingAttendance> findByMeetingIdAndMember(Long meetingId, String member);
}
