package tr.bel.izmir.bizizmir.modeling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import tr.bel.izmir.bizizmir.modeling.ModelRejected;
import tr.bel.izmir.bizizmir.modeling.ModelResource;
import tr.bel.izmir.bizizmir.modeling.ProcessModels;
import tr.bel.izmir.bizizmir.modeling.ProcessModels.DeployResult;
import tr.bel.izmir.bizizmir.modeling.ProcessModels.MigrationCandidate;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;

import java.util.List;
import java.util.function.Function;

/**
 * Deploy as a new version with a change note; refused deployments list their problems; after a
 * deployment, running instances of older versions stay or migrate, with the plan shown first.
 */
class DeployDialog extends Dialog {

    private final ProcessModels models;
    private final Runnable onDone;
    private final VerticalLayout body = new VerticalLayout();
    private final Div problems = new Div();

    /**
     * @param deploy what the confirm button does with the change note (deploy or roll back)
     */
    DeployDialog(ProcessModels models, String titleKey, String helpText, Function<String, DeployResult> deploy,
                 Runnable onDone) {
        this.models = models;
        this.onDone = onDone;
        setId("deploy-dialog");
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(60rem, 95vw)");
        var note = new TextArea(getTranslation("modeling.deploy.note"));
        note.setId("deploy-note");
        note.setHelperText(getTranslation("modeling.deploy.note-help"));
        note.setRequired(true);
        note.setMaxLength(2000);
        note.setWidthFull();
        body.setPadding(false);
        problems.setWidthFull();
        if (helpText != null) {
            body.add(new Paragraph(helpText));
        }
        body.add(note, problems);
        add(body);
        var confirm = new Button(getTranslation("modeling.deploy.confirm"), e -> {
            problems.removeAll();
            try {
                DeployResult result = deploy.apply(note.getValue());
                Notifications.success(getTranslation("modeling.deploy.done", String.join(", ", result.definitionIds())));
                showMigration(result);
            } catch (ModelRejected rejected) {
                problems.add(new H3(getTranslation("modeling.problems.title")), ProblemsGrid.view(rejected.problems()));
            } catch (DomainException d) {
                Notifications.error(getTranslation(d.messageKey(), d.args()));
            }
        });
        confirm.setId("deploy-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("modeling.deploy.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }

    static DeployDialog forResources(ProcessModels models, List<ModelResource> resources, Runnable onDone) {
        return new DeployDialog(models, "modeling.deploy.title", null, note -> models.deploy(resources, note), onDone);
    }

    private void showMigration(DeployResult result) {
        getFooter().removeAll();
        body.removeAll();
        body.add(new H3(getTranslation("modeling.migration.title")));
        if (result.candidates().isEmpty()) {
            body.add(new Paragraph(getTranslation("modeling.migration.none")));
        }
        for (MigrationCandidate c : result.candidates()) {
            body.add(candidate(c));
        }
        var close = new Button(getTranslation("modeling.migration.stay"), e -> {
            close();
            onDone.run();
        });
        close.setId("migration-stay");
        getFooter().add(close);
    }

    private VerticalLayout candidate(MigrationCandidate c) {
        var box = new VerticalLayout();
        box.setPadding(false);
        box.addClassName("migration-candidate");
        var plan = new Div();
        var migrate = new Button(getTranslation("modeling.migration.run"));
        migrate.setEnabled(false);
        migrate.addClassName("migration-run");
        var preview = new Button(getTranslation("modeling.migration.preview"), e -> {
            plan.removeAll();
            var p = models.previewMigration(c.sourceId(), c.targetId());
            var mappings = new UnorderedList();
            p.mappings().forEach(m -> mappings.add(new ListItem(m.sourceActivityId() + " → " + m.targetActivityId())));
            plan.add(new Span(getTranslation("modeling.migration.mappings")), mappings);
            if (p.valid()) {
                plan.add(new Paragraph(getTranslation("modeling.migration.valid", p.instances())));
            } else {
                var failures = new UnorderedList();
                p.failures().forEach(f -> failures.add(new ListItem(f)));
                failures.getElement().setAttribute("role", "alert");
                plan.add(new Span(getTranslation("modeling.migration.failures")), failures);
            }
            migrate.setEnabled(p.valid());
        });
        preview.addClassName("migration-preview");
        migrate.addClickListener(e -> {
            try {
                var ids = models.migrate(c.sourceId(), c.targetId(), "v" + c.sourceVersion() + " → v" + c.targetVersion());
                Notifications.success(getTranslation("modeling.migration.done", ids.size()));
                migrate.setEnabled(false);
            } catch (DomainException d) {
                Notifications.error(getTranslation(d.messageKey(), d.args()));
            }
        });
        box.add(new Span(getTranslation("modeling.migration.candidate", c.key(), c.sourceVersion(), c.targetVersion(),
                c.runningInstances())), new com.vaadin.flow.component.orderedlayout.HorizontalLayout(preview, migrate), plan);
        return box;
    }
}
