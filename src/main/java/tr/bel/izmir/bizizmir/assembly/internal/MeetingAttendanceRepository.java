package tr.bel.izmir.bizizmir.assembly.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import tr.bel.izmir.bizizmir.assembly.MeetingAttendance;

import java.util.List;
import java.util.Optional;

public interface MeetingAttendanceRepository extends JpaRepository<MeetingAttendance, Long> {

    List<MeetingAttendance> findByMeetingIdOrderByMember(Long meetingId);

    Optional<MeetingAttendance> findByMeetingIdAndMember(Long meetingId, String member);

    java.util.List<MeetingAttendance> findByMemberOrderByMeetingIdDesc(String member);

    /** KVKK erasure: the attendance row stays (the minutes' counts were fixed when published) without the name. */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("update MeetingAttendance x set x.member = concat('erased-', x.id) where x.member = :member")
    int pseudonymise(@org.springframework.data.repository.query.Param("member") String member);
}
