package tr.bel.izmir.bizizmir.cases;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.bel.izmir.bizizmir.cases.internal.CaseNoteRepository;
import tr.bel.izmir.bizizmir.shared.DomainException;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Internal notes between staff on a case. Reading and writing go through {@link StaffCases},
 * which decides who may see the case; this class owns the notes and their part in KVKK
 * requests (the export and erasure of their author).
 */
@Service
public class CaseNotes {

    private final CaseNoteRepository notes;
    private final Clock clock;

    public CaseNotes(CaseNoteRepository notes, Clock clock) {
        this.notes = notes;
        this.clock = clock;
    }

    List<CaseNote> of(String kind, String key) {
        return notes.findByCaseKindAndCaseKeyOrderByCreatedAtAscIdAsc(kind, key);
    }

    /** Checks the text before anything is written: blank or too long is refused with a translated reason. */
    CaseNote add(String kind, String key, String author, String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new DomainException("case.note.error.required");
        }
        if (body.length() > CaseNote.MAX_LENGTH) {
            throw new DomainException("case.note.error.length", CaseNote.MAX_LENGTH);
        }
        return notes.save(new CaseNote(kind, key, author, body, clock.instant()));
    }

    /** KVKK: the notes a person wrote, with the case they are on. */
    @Transactional(readOnly = true)
    public Map<String, Object> personalData(String username) {
        var data = new LinkedHashMap<String, Object>();
        data.put("caseNotes", notes.findByAuthorOrderByCreatedAtAsc(username).stream().map(n -> Map.of(
                "caseKind", n.getCaseKind(), "case", n.getCaseKey(), "text", n.getBody(),
                "at", n.getCreatedAt().toString())).toList());
        return data;
    }

    /** KVKK erasure: the notes stay in the case's record (decisions must stay explainable); their author is no longer named. */
    @Transactional
    public void erase(String username) {
        notes.findByAuthorOrderByCreatedAtAsc(username).forEach(CaseNote::pseudonymiseAuthor);
    }
}
