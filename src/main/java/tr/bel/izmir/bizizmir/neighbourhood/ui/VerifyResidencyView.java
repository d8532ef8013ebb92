package tr.bel.izmir.bizizmir.neighbourhood.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.neighbourhood.ResidentRegistry;
import tr.bel.izmir.bizizmir.neighbourhood.TcKimlikNo;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.RequiredFields;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

/**
 * A citizen proves where they live: explicit KVKK consent, T.C. Kimlik No (checked on the spot,
 * stored only as a keyed hash), birth year and neighbourhood, matched against the census list.
 */
@Route("my/residency")
@RolesAllowed({AppRoles.CITIZEN, AppRoles.RESIDENT})
@Menu(title = "nav.residency", order = 17, icon = "vaadin:home-o")
class VerifyResidencyView extends TranslatedView {

    VerifyResidencyView(ResidentRegistry residents, NeighbourhoodCatalog catalog, CurrentUser currentUser) {
        super("residency.title");
        addClassName("form-narrow");
        String username = currentUser.require().username();
        var current = residents.residentOf(username);
        var status = new Paragraph(current.map(r -> getTranslation("residency.verified",
                catalog.require(r.neighbourhoodId()).getDisplayName())).orElse(getTranslation("residency.not-verified")));
        status.setId("residency-status");
        add(status, new Paragraph(getTranslation("residency.intro")));

        var tckn = new PasswordField(getTranslation("residency.field.tckn"));
        tckn.setId("residency-tckn");
        tckn.setMaxLength(11);
        tckn.setAllowedCharPattern("[0-9]");
        tckn.setRequiredIndicatorVisible(true);
        tckn.addValueChangeListener(e -> {
            var problem = TcKimlikNo.check(e.getValue());
            tckn.setInvalid(!e.getValue().isEmpty() && problem != null);
            tckn.setErrorMessage(problem == null ? null
                    : getTranslation("resident.error.tckn." + problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        });
        var birthYear = new IntegerField(getTranslation("residency.field.birth-year"));
        birthYear.setId("residency-birth-year");
        birthYear.setMin(1900);
        birthYear.setMax(java.time.Year.now().getValue());
        birthYear.setRequiredIndicatorVisible(true);
        var neighbourhood = new ComboBox<NeighbourhoodInfo>(getTranslation("residency.field.neighbourhood"));
        neighbourhood.setId("residency-neighbourhood");
        neighbourhood.setItems(q -> catalog.search(null, q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> (int) catalog.count(null, q.getFilter().orElse("")));
        neighbourhood.setItemLabelGenerator(NeighbourhoodInfo::getDisplayName);
        neighbourhood.setRequiredIndicatorVisible(true);
        var consent = new Checkbox(getTranslation("residency.consent"));
        consent.setId("residency-consent");

        var verify = new Button(getTranslation("residency.verify"));
        verify.setId("residency-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.setDisableOnClick(true);
        verify.addClickListener(e -> {
            if (!RequiredFields.filled(this, tckn, birthYear, neighbourhood)) {
                verify.setEnabled(true);
                return;
            }
            try {
                if (neighbourhood.getValue() == null || birthYear.getValue() == null) {
                    throw new DomainException("residency.error.missing");
                }
                var resident = residents.verify(username, tckn.getValue(), birthYear.getValue(),
                        neighbourhood.getValue().getId(), consent.getValue());
                tckn.clear();
                status.setText(getTranslation("residency.verified", catalog.require(resident.neighbourhoodId()).getDisplayName()));
                Notifications.success(getTranslation("residency.done"));
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            } finally {
                verify.setEnabled(true);
            }
        });
        var form = new FormLayout(tckn, birthYear, neighbourhood);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        add(form, consent, verify);
    }
}
