package tr.bel.izmir.bizizmir.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Optional;

/** A member's answer before a meeting and, once recorded by the secretary, their presence. */
@Entity
@Table(name = "assembly_meeting_attendance")
public class MeetingAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;
    @Column(nullable = false, length = 120)
    private String member;
    @Column
    private Boolean confirmed;
    @Column
    private Boolean present;

    protected MeetingAttendance() {
    }

    MeetingAttendance(long meetingId, String member) {
        this.meetingId = meetingId;
        this.member = member;
    }

    void confirm(boolean attending) {
        this.confirmed = attending;
    }

    /** The meeting moved: an answer given for the old time no longer holds. */
    void clearConfirmation() {
        this.confirmed = null;
    }

    void record(boolean present) {
        this.present = present;
    }

    public Long getMeetingId() { return meetingId; }
    public String getMember() { return member; }
    public Optional<Boolean> getConfirmed() { return Optional.ofNullable(confirmed); }
    public Optional<Boolean> getPresent() { return Optional.ofNullable(present); }
}
