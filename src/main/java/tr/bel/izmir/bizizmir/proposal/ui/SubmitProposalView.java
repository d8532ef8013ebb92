package tr.bel.izmir.bizizmir.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.budgeting.PbCycleInfo;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.proposal.ProposalCategory;
import tr.bel.izmir.bizizmir.proposal.ProposalDraft;
import tr.bel.izmir.bizizmir.proposal.ProposalStatus;
import tr.bel.izmir.bizizmir.proposal.ProposalSubmissions;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.MapSettings;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.shared.PhotoUpload;
import tr.bel.izmir.bizizmir.shared.ui.MapPanel;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.Photos;
import tr.bel.izmir.bizizmir.shared.ui.RequiredFields;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.util.UUID;

/**
 * A resident proposes something for their neighbourhood's open cycle. The form keeps what was
 * typed when the server refuses it; one submission key per opened form makes a double-click harmless.
 */
@Route("proposals/new")
@RolesAllowed({AppRoles.CITIZEN, AppRoles.RESIDENT})
class SubmitProposalView extends TranslatedView {

    private final String submissionKey = UUID.randomUUID().toString();

    SubmitProposalView(ProposalSubmissions proposals, PbCycles cycles, ResidentRegistry residents,
                       NeighbourhoodCatalog catalog, CurrentUser currentUser, MapSettings mapSettings) {
        super("submit.title");
        addClassName("form-narrow");
        var resident = residents.residentOf(currentUser.require().username());
        if (resident.isEmpty()) {
            add(new Paragraph(getTranslation("submit.not-verified")),
                    new Anchor("my/residency", getTranslation("submit.verify-link")));
            return;
        }
        var cycle = cycles.openCycleOf(resident.get().neighbourhoodId());
        if (cycle.isEmpty()) {
            add(new Paragraph(getTranslation("submit.no-cycle", catalog.require(resident.get().neighbourhoodId()).getDisplayName())));
            return;
        }
        PbCycleInfo open = cycle.get();
        add(new Paragraph(getTranslation("submit.intro", open.getTitle(), open.getEnvelope().format(getLocale()))));

        var title = new TextField(getTranslation("submit.field.title"));
        title.setId("proposal-title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(ProposalDraft.TITLE_MAX);
        title.setMinLength(ProposalDraft.TITLE_MIN);
        title.setHelperText(getTranslation("submit.help.title", ProposalDraft.TITLE_MIN, ProposalDraft.TITLE_MAX));
        var description = new TextArea(getTranslation("submit.field.description"));
        description.setId("proposal-description");
        description.setRequiredIndicatorVisible(true);
        description.setMaxLength(ProposalDraft.DESCRIPTION_MAX);
        description.setMinHeight("8em");
        description.setHelperText(getTranslation("submit.help.description", ProposalDraft.DESCRIPTION_MIN));
        var category = new ComboBox<ProposalCategory>(getTranslation("submit.field.category"));
        category.setId("proposal-category");
        category.setRequiredIndicatorVisible(true);
        category.setItems(ProposalCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("proposal.category." + c.code()));
        var location = new TextField(getTranslation("submit.field.location"));
        location.setId("proposal-location");
        location.setRequiredIndicatorVisible(true);
        location.setMaxLength(ProposalDraft.LOCATION_MAX);
        var cost = new BigDecimalField(getTranslation("submit.field.cost"));
        cost.setId("proposal-cost");
        cost.setHelperText(getTranslation("submit.help.cost"));
        cost.setSuffixComponent(new com.vaadin.flow.component.html.Span("₺"));

        var photos = new java.util.ArrayList<PhotoUpload>();
        var upload = Photos.upload(this, "proposal-photos", ProposalSubmissions.PHOTOS, photo -> {
            photos.add(photo);
            Notifications.success(getTranslation("submit.photo-added", photo.safeFileName()));
        }, name -> photos.removeIf(p -> p.safeFileName().equals(name)));
        var photoLabel = new com.vaadin.flow.component.html.Span(getTranslation("submit.field.photos"));
        var photoField = new com.vaadin.flow.component.html.Div(photoLabel, upload);

        // An optional point (DD030): picked on the map or typed; the fields are the keyboard's way.
        // Text fields, not number fields: coordinates are written with a dot in every language,
        // and a comma (the Turkish decimal mark) is taken too.
        var latitude = new TextField(getTranslation("submit.field.latitude"));
        latitude.setId("proposal-latitude");
        var longitude = new TextField(getTranslation("submit.field.longitude"));
        longitude.setId("proposal-longitude");
        var pointMap = MapPanel.picker(mapSettings, null, null, getTranslation("submit.point.map"));
        pointMap.setId("proposal-point-map");
        pointMap.addPickListener((lat, lng) -> {
            latitude.setValue(lat.toPlainString());
            longitude.setValue(lng.toPlainString());
            latitude.setInvalid(false);
            longitude.setInvalid(false);
        });
        for (TextField field : java.util.List.of(latitude, longitude)) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    try {
                        pointMap.place(coordinate(latitude.getValue()), coordinate(longitude.getValue()));
                        field.setInvalid(false);
                    } catch (DomainException notANumber) {
                        field.setErrorMessage(getTranslation(notANumber.messageKey()));
                        field.setInvalid(true);
                    }
                }
            });
        }
        var pointHelp = new Paragraph(getTranslation("submit.point.help"));
        pointHelp.setId("proposal-point-help");
        var point = new com.vaadin.flow.component.html.Div(pointHelp, pointMap);
        point.addClassName("proposal-point");

        var form = new FormLayout(title, category, location, cost, description, point, latitude, longitude, photoField);
        form.setColspan(point, 2);
        form.setColspan(photoField, 2);
        form.setColspan(description, 2);
        form.setColspan(title, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        var submit = new Button(getTranslation("submit.button"));
        submit.setId("submit-proposal");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            if (!RequiredFields.filled(this, title, description, category, location)) {
                submit.setEnabled(true);
                return;
            }
            try {
                var draft = new ProposalDraft(title.getValue(), description.getValue(), category.getValue(),
                        location.getValue(), coordinate(latitude.getValue()), coordinate(longitude.getValue()),
                        cost.getValue() == null ? null : new Money(cost.getValue()));
                var result = proposals.submit(open.getId(), draft, java.util.List.copyOf(photos), submissionKey);
                if (result.status() == ProposalStatus.INELIGIBLE) {
                    Notifications.error(getTranslation("submit.ineligible", result.reason(getLocale())));
                } else {
                    Notifications.success(getTranslation("submit.done"));
                }
                getUI().ifPresent(ui -> ui.navigate("proposals/" + result.proposalId()));
            } catch (DomainException ex) {
                // Nothing was saved and nothing typed is lost: say what to fix, keep the form.
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
                if (ex.messageKey().equals("proposal.error.outside-izmir") || ex.messageKey().equals("proposal.error.coordinates")) {
                    latitude.setErrorMessage(getTranslation(ex.messageKey()));
                    latitude.setInvalid(true);
                }
                submit.setEnabled(true);
            }
        });
        add(form, submit);
    }

    /** A typed coordinate: empty is none; a dot or a comma as the decimal mark; anything else is refused. */
    static java.math.BigDecimal coordinate(String typed) {
        String value = typed == null ? "" : typed.strip().replace(',', '.');
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("-?\\d{1,3}(\\.\\d{1,8})?")) {
            throw new DomainException("proposal.error.coordinates");
        }
        return new java.math.BigDecimal(value).setScale(6, java.math.RoundingMode.HALF_UP);
    }
}
