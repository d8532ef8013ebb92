package tr.bel.izmir.bizizmir.voting;

import java.time.Instant;
import java.util.List;

/**
 * What the municipality fills in to put a question to citizens. Multiple-choice questions list
 * their answers (Turkish, optionally English); yes/no questions need none.
 */
public record ConsultationDraft(String title, String question, String description, List<String> links,
                                ConsultationKind kind, Long districtId, List<String> answers, List<String> answersEn,
                                int minimumAge, Instant opensAt, Instant closesAt) {
    public ConsultationDraft {
        links = links == null ? List.of() : links.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        answers = answers == null ? List.of() : answers.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        answersEn = answersEn == null || answersEn.isEmpty() ? null : List.copyOf(answersEn);
    }
}
