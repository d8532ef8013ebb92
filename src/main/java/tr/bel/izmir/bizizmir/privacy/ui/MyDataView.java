package tr.bel.izmir.bizizmir.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.privacy.PersonalData;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.io.ByteArrayInputStream;

/** KVKK rights in one place: download my data, erase my data (after a clear confirmation). */
@Route("my/data")
// Every signed-in person, staff included: KVKK rights are not a citizen's privilege.
@RolesAllowed({AppRoles.CITIZEN, AppRoles.RESIDENT, AppRoles.CIVIC_GROUP, AppRoles.ASSEMBLY_MEMBER,
        AppRoles.ASSEMBLY_CHAIR, AppRoles.OFFICER, AppRoles.SUPERVISOR, AppRoles.PARK_MANAGER, AppRoles.MODERATOR,
        AppRoles.PROCESS_OWNER, AppRoles.COORDINATOR, AppRoles.ADMIN})
@Menu(title = "nav.my-data", order = 18, icon = "vaadin:lock")
class MyDataView extends TranslatedView {

    MyDataView(PersonalData personalData) {
        super("my-data.title");
        add(new Paragraph(getTranslation("my-data.intro")));
        var download = new Anchor(new StreamResource("bizizmir-verilerim.json",
                () -> new ByteArrayInputStream(personalData.exportJson())), getTranslation("my-data.download"));
        download.getElement().setAttribute("download", true);
        download.setId("download-my-data");
        add(download);

        add(new Paragraph(getTranslation("my-data.erase-intro")), new Paragraph(getTranslation("my-data.erase-assembly")),
                new Paragraph(getTranslation("my-data.erase-voting")), new Paragraph(getTranslation("my-data.erase-case-notes")));
        var erase = new Button(getTranslation("my-data.erase"));
        erase.setId("erase-my-data");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClickListener(e -> {
            var confirm = new ConfirmDialog(getTranslation("my-data.confirm.title"), getTranslation("my-data.confirm.text"),
                    getTranslation("my-data.confirm.yes"), ok -> {
                        personalData.eraseMine();
                        Notifications.success(getTranslation("my-data.erased"));
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("my-data.confirm.no"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        add(erase);
    }
}
