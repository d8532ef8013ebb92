package tr.bel.izmir.bizizmir.modeling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One audited action of a process owner: a deployment, a roll-back or a migration. */
@Entity
@Table(name = "modeling_audit")
public class ModelAuditEntry {

    public enum Action { DEPLOY, ROLLBACK, MIGRATE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "change_note", nullable = false)
    private String changeNote;

    @Column(name = "deployment_id")
    private String deploymentId;

    @Column(nullable = false)
    private String resources;

    @Column(name = "definition_ids", nullable = false)
    private String definitionIds;

    private String details;

    protected ModelAuditEntry() {
    }

    public ModelAuditEntry(Action action, String username, Instant at, String changeNote, String deploymentId,
                           List<String> resources, List<String> definitionIds, List<String> details) {
        this.action = action;
        this.username = username;
        this.at = at;
        this.changeNote = changeNote;
        this.deploymentId = deploymentId;
        this.resources = String.join("\n", resources);
        this.definitionIds = String.join("\n", definitionIds);
        this.details = details == null ? null : String.join("\n", details);
    }

    public Long getId() {
        return id;
    }

    public Action getAction() {
        return action;
    }

    public String getUsername() {
        return username;
    }

    public Instant getAt() {
        return at;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public String getDeploymentId() {
        return deploymentId;
    }

    public List<String> getResources() {
        return lines(resources);
    }

    public List<String> getDefinitionIds() {
        return lines(definitionIds);
    }

    public List<String> getDetails() {
        return lines(details);
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
    }
}
