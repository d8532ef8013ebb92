package tr.bel.izmir.bizizmir.budgeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.budgeting.ImplementationProjectInfo;
import tr.bel.izmir.bizizmir.budgeting.ImplementationProjects;
import tr.bel.izmir.bizizmir.budgeting.ImplementationStatus;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.PhotoUpload;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.Photos;
import tr.bel.izmir.bizizmir.shared.ui.RouteId;

import java.util.ArrayList;
import java.util.List;

/** Officers write a dated update on a project: status, progress, text and photos, all or nothing. */
@Route("projects/:id/update")
@RolesAllowed({AppRoles.OFFICER, AppRoles.SUPERVISOR, AppRoles.ADMIN})
class ImplementationUpdateView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ImplementationProjects projects;
    private final CurrentUser currentUser;
    private String title = "";

    ImplementationUpdateView(ImplementationProjects projects, CurrentUser currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteId.find(event, projects::find).ifPresent(this::show);
    }

    private void show(ImplementationProjectInfo p) {
        removeAll();
        title = getTranslation("impl.update.title", p.getTitle());
        var heading = new H1(title);
        heading.addClassName("page-title");
        add(heading);

        var status = new Select<ImplementationStatus>();
        status.setId("impl-update-status");
        status.setLabel(getTranslation("impl.update.status"));
        status.setItems(ImplementationStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("impl.status." + s.name()));
        status.setValue(p.getStatus());

        var progress = new IntegerField(getTranslation("impl.update.progress"));
        progress.setId("impl-update-progress");
        progress.setValue(p.getProgress());
        progress.setSuffixComponent(new Span("%"));
        progress.setHelperText(getTranslation("impl.update.progress-help"));

        var text = new TextArea(getTranslation("impl.update.text"));
        text.setId("impl-update-text");
        text.setMaxLength(ImplementationProjects.UPDATE_MAX);
        text.setHelperText(getTranslation("impl.update.text-help", ImplementationProjects.UPDATE_MAX));

        List<PhotoUpload> photos = new ArrayList<>();
        var upload = Photos.upload(this, "impl-update-photos", ImplementationProjects.PHOTOS, photos::add,
                name -> photos.removeIf(ph -> ph.safeFileName().equals(name)));
        var photoField = new Div(new Span(getTranslation("impl.update.photos")), upload);

        var form = new FormLayout(status, progress, text, photoField);
        form.setColspan(text, 2);
        form.setColspan(photoField, 2);
        add(form);

        var save = new Button(getTranslation("impl.update.save"), e -> {
            try {
                projects.report(p.getId(), new ImplementationProjects.Report(status.getValue(), progress.getValue(),
                        text.getValue(), photos), currentUser.require().username());
                Notifications.success(getTranslation("impl.update.saved"));
                getUI().ifPresent(ui -> ui.navigate("projects/" + p.getId()));
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        save.setId("impl-update-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(save));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
