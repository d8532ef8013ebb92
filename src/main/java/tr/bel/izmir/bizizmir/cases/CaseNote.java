package tr.bel.izmir.bizizmir.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A note one staff member leaves on a case for the others; never shown to the public. */
@Entity
@Table(name = "case_note")
public class CaseNote {

    /** Longest note, in characters. */
    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_kind", nullable = false, length = 30)
    private String caseKind;
    @Column(name = "case_key", nullable = false, length = 64)
    private String caseKey;
    @Column(nullable = false, length = 120)
    private String author;
    @Column(nullable = false, length = MAX_LENGTH)
    private String body;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CaseNote() {
    }

    CaseNote(String caseKind, String caseKey, String author, String body, Instant createdAt) {
        this.caseKind = caseKind;
        this.caseKey = caseKey;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    /** KVKK erasure: the note stays part of the case's record, its author does not. */
    void pseudonymiseAuthor() {
        this.author = "erased-" + java.util.UUID.randomUUID();
    }

    public Long getId() { return id; }
    public String getCaseKind() { return caseKind; }
    public String getCaseKey() { return caseKey; }
    public String getAuthor() { return author; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
}
