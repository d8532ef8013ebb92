package tr.bel.izmir.bizizmir.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item of a meeting's agenda, in order. */
@Entity
@Table(name = "assembly_meeting_agenda_item")
public class MeetingAgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false, length = 300)
    private String title;

    protected MeetingAgendaItem() {
    }

    MeetingAgendaItem(long meetingId, int position, String title) {
        this.meetingId = meetingId;
        this.position = position;
        this.title = title;
    }

    public Long getMeetingId() { return meetingId; }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
}
