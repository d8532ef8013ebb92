package tr.bel.izmir.bizizmir.voting;

import java.time.Instant;
import java.util.List;

/**
 * A public consultation as other features see it: read-only; the entity stays in the voting feature.
 */
public interface ConsultationInfo {

    Long getId();
    String getTitle();
    String getQuestion();
    String getDescription();
    List<String> getLinks();
    ConsultationKind getKind();
    Long getDistrictId();
    String getResponse();
    Instant getRespondedAt();
    Instant getCreatedAt();
}
