package tr.bel.izmir.bizizmir.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.shared.ui.FoldedFilter;
import tr.bel.izmir.bizizmir.neighbourhood.DistrictInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;
import tr.bel.izmir.bizizmir.voting.ConsultationDraft;
import tr.bel.izmir.bizizmir.voting.ConsultationKind;
import tr.bel.izmir.bizizmir.voting.Consultations;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** Officers put a question to citizens: text, documents, answers, who may vote and when. */
@Route("consultations/new")
@RolesAllowed({AppRoles.OFFICER, AppRoles.ADMIN})
@Menu(title = "nav.publish-consultation", order = 106, icon = "vaadin:comment-ellipsis-o")
class PublishConsultationView extends TranslatedView {

    PublishConsultationView(Consultations consultations, NeighbourhoodCatalog neighbourhoods, java.time.Clock clock) {
        super("consultation.publish.title");
        var title = new TextField(getTranslation("consultation.publish.field.title"));
        title.setMaxLength(200);
        var question = new TextField(getTranslation("consultation.publish.field.question"));
        question.setMaxLength(1000);
        var description = new TextArea(getTranslation("consultation.publish.field.description"));
        description.setMaxLength(5000);
        var links = new TextArea(getTranslation("consultation.publish.field.links"));
        links.setHelperText(getTranslation("consultation.publish.one-per-line"));
        var kind = new RadioButtonGroup<ConsultationKind>(getTranslation("consultation.publish.field.kind"));
        kind.setItems(ConsultationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("consultation.kind." + k.name()));
        kind.setValue(ConsultationKind.YES_NO);
        var answers = new TextArea(getTranslation("consultation.publish.field.answers"));
        answers.setHelperText(getTranslation("consultation.publish.one-per-line"));
        answers.setVisible(false);
        kind.addValueChangeListener(e -> answers.setVisible(e.getValue() == ConsultationKind.MULTIPLE_CHOICE));
        var district = new ComboBox<DistrictInfo>(getTranslation("consultation.publish.field.district"));
        district.setItems(FoldedFilter.of(district), neighbourhoods.districts());
        district.setItemLabelGenerator(DistrictInfo::getName);
        district.setHelperText(getTranslation("consultation.publish.city-wide"));
        var now = IzmirTime.now(clock).toLocalDateTime().withSecond(0).withNano(0);
        var opens = new DateTimePicker(getTranslation("consultation.publish.field.opens"), now.plusHours(1));
        var closes = new DateTimePicker(getTranslation("consultation.publish.field.closes"), now.plusDays(21));
        var minimumAge = new IntegerField(getTranslation("consultation.publish.field.minimum-age"));
        minimumAge.setValue(16);
        minimumAge.setMin(0);
        title.setId("consultation-title");
        question.setId("consultation-question");
        description.setId("consultation-description");
        var form = new FormLayout(title, question, description, links, kind, answers, district, opens, closes, minimumAge);
        form.setColspan(description, 2);
        var publish = new Button(getTranslation("consultation.publish.button"), e -> {
            try {
                var consultation = consultations.publish(new ConsultationDraft(title.getValue(), question.getValue(),
                        description.getValue(), lines(links.getValue()), kind.getValue(),
                        district.getValue() == null ? null : district.getValue().getId(), lines(answers.getValue()), null,
                        minimumAge.getValue() == null ? -1 : minimumAge.getValue(), instant(opens.getValue()),
                        instant(closes.getValue())));
                Notifications.success(getTranslation("consultation.publish.done"));
                getUI().ifPresent(ui -> ui.navigate(ConsultationView.class, consultation.getId()));
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("consultation-publish");
        add(form, publish);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static java.time.Instant instant(LocalDateTime value) {
        return value == null ? null : value.atZone(IzmirTime.ZONE).toInstant();
    }
}
