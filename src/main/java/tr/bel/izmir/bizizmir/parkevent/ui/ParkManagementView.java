package tr.bel.izmir.bizizmir.parkevent.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.shared.ui.FoldedFilter;
import tr.bel.izmir.bizizmir.neighbourhood.DistrictInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodInfo;
import tr.bel.izmir.bizizmir.parkevent.ActivityType;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import tr.bel.izmir.bizizmir.parkevent.EventApplicationInfo;
import tr.bel.izmir.bizizmir.parkevent.Blackout;
import tr.bel.izmir.bizizmir.parkevent.CivicGroupInfo;
import tr.bel.izmir.bizizmir.parkevent.CivicGroups;
import tr.bel.izmir.bizizmir.parkevent.BlackoutKind;
import tr.bel.izmir.bizizmir.parkevent.LivingParkInfo;
import tr.bel.izmir.bizizmir.parkevent.ParkAreaInfo;
import tr.bel.izmir.bizizmir.parkevent.ParkEventApplications;
import tr.bel.izmir.bizizmir.parkevent.ParkManagement;
import tr.bel.izmir.bizizmir.parkevent.ParkSpec;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.Photos;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * Park managers keep the Living Parks up to date: name, district, map location, opening hours,
 * allowed activities; areas and their capacity; photos; blackout days (maintenance, municipal
 * events) that the calendar check and the eligibility table respect at once.
 */
@Route("parks/manage")
@RolesAllowed({AppRoles.PARK_MANAGER, AppRoles.ADMIN})
@Menu(title = "nav.park-management", order = 42, icon = "vaadin:tree-table")
class ParkManagementView extends TranslatedView {

    private final ParkEventApplications applications;
    private final CivicGroups groups;
    private final ParkManagement management;
    private final Clock clock;
    private final List<DistrictInfo> districts;
    private final ComboBox<LivingParkInfo> chooser = new ComboBox<>();
    private final Div details = new Div();

    ParkManagementView(ParkEventApplications applications, CivicGroups groups, ParkManagement management, Clock clock) {
        super("parks.manage.title");
        this.applications = applications;
        this.groups = groups;
        this.management = management;
        this.clock = clock;
        this.districts = management.districts();
        chooser.setId("manage-park");
        chooser.setLabel(getTranslation("parks.field.park"));
        chooser.setItemLabelGenerator(p -> p.isActive() ? p.getName() : getTranslation("parks.manage.inactive-label", p.getName()));
        chooser.addValueChangeListener(e -> show(e.getValue()));
        var create = new Button(getTranslation("parks.manage.new-park"), e -> {
            chooser.clear();
            show(null);
        });
        create.setId("manage-new-park");
        var top = new FlexLayout(chooser, create);
        top.getStyle().set("gap", "1em").set("align-items", "baseline").set("flex-wrap", "wrap");
        add(top, details, groupsSection());
        refreshParks(null);
    }

    /** Civic groups: park managers register the groups they have met; only registered groups may apply. */
    private Section groupsSection() {
        var grid = new Grid<CivicGroupInfo>();
        grid.setId("civic-groups");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(CivicGroupInfo::getName).setHeader(getTranslation("parks.field.group")).setFlexGrow(2);
        grid.addColumn(CivicGroupInfo::getRepresentative).setHeader(getTranslation("parks.field.representative"));
        grid.addColumn(CivicGroupInfo::getStanding).setHeader(getTranslation("parks.column.standing"));
        grid.addComponentColumn(g -> {
            var toggle = new Button(getTranslation(g.isRegistered() ? "parks.groups.suspend" : "parks.groups.register"));
            toggle.setId("group-toggle-" + g.getId());
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            toggle.addClickListener(e -> {
                if (attempt(() -> { groups.setRegistered(g.getId(), !g.isRegistered()); return true; },
                        "parks.manage.saved") != null) {
                    grid.setItems(groups.all());
                }
            });
            return new Div(new com.vaadin.flow.component.html.Span(getTranslation(g.isRegistered()
                    ? "parks.groups.registered" : "parks.groups.unregistered") + " "), toggle);
        }).setHeader(getTranslation("parks.column.status")).setFlexGrow(2);
        grid.setItems(groups.all());
        grid.setAllRowsVisible(true);
        var name = new TextField(getTranslation("parks.field.group-name"));
        name.setId("group-name");
        var neighbourhood = new TextField(getTranslation("parks.field.neighbourhood-code"));
        neighbourhood.setId("group-neighbourhood");
        neighbourhood.setHelperText(getTranslation("parks.groups.neighbourhood-help"));
        var representative = new TextField(getTranslation("parks.field.representative"));
        representative.setId("group-representative");
        var add = new Button(getTranslation("parks.groups.add"), e -> {
            if (attempt(() -> groups.register(name.getValue(), neighbourhood.getValue(), representative.getValue()),
                    "parks.manage.saved") != null) {
                grid.setItems(groups.all());
                name.clear();
                representative.clear();
            }
        });
        add.setId("group-add");
        var form = new FlexLayout(name, neighbourhood, representative, add);
        form.getStyle().set("gap", "1em").set("align-items", "baseline").set("flex-wrap", "wrap");
        var section = new Section(new H2(getTranslation("parks.groups.title")), grid, form);
        section.setId("civic-groups-section");
        return section;
    }

    private void refreshParks(Long select) {
        var parks = applications.parks();
        chooser.setItems(FoldedFilter.of(chooser), parks);
        parks.stream().filter(p -> p.getId().equals(select)).findFirst().ifPresentOrElse(chooser::setValue,
                () -> { if (!parks.isEmpty() && select == null) chooser.setValue(parks.get(0)); });
    }

    /** Runs a manager's command; a refusal is shown in the person's language, nothing is saved. */
    private <T> T attempt(Supplier<T> command, String doneKey) {
        try {
            T result = command.get();
            Notifications.success(getTranslation(doneKey));
            return result;
        } catch (DomainException ex) {
            Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            return null;
        }
    }

    private void show(LivingParkInfo park) {
        details.removeAll();
        details.add(parkForm(park));
        if (park != null) {
            details.add(new Paragraph(new Anchor("parks/" + park.getId(), getTranslation("parks.manage.public-page"))));
            details.add(areasSection(park), blackoutsSection(park), photosSection(park));
        }
    }

    private Section parkForm(LivingParkInfo park) {
        var name = new TextField(getTranslation("parks.field.park-name"));
        name.setId("park-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(ParkSpec.NAME_MAX);
        var district = new ComboBox<DistrictInfo>(getTranslation("parks.filter.district"));
        district.setId("park-district");
        district.setRequiredIndicatorVisible(true);
        district.setItems(FoldedFilter.of(district), districts);
        district.setItemLabelGenerator(DistrictInfo::getName);
        // Where the park lies: the staff inbox files its events under this neighbourhood.
        var neighbourhood = new ComboBox<NeighbourhoodInfo>(getTranslation("parks.field.neighbourhood"));
        neighbourhood.setId("park-neighbourhood");
        neighbourhood.setHelperText(getTranslation("parks.field.neighbourhood-help"));
        neighbourhood.setItemLabelGenerator(NeighbourhoodInfo::getName);
        neighbourhood.setClearButtonVisible(true);
        neighbourhood.setEnabled(false);
        district.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                neighbourhood.clear();
                neighbourhood.setEnabled(false);
                return;
            }
            long districtId = e.getValue().getId();
            if (neighbourhood.getValue() != null && !neighbourhood.getValue().getDistrict().getId().equals(districtId)) {
                neighbourhood.clear();
            }
            neighbourhood.setItems(q -> management.neighbourhoods(districtId, q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                    q -> (int) management.countNeighbourhoods(districtId, q.getFilter().orElse("")));
            neighbourhood.setEnabled(true);
        });
        // Text, not a number field: coordinates copied from a map use a decimal point, Turkish numbers a comma; both work.
        var latitude = new TextField(getTranslation("parks.field.latitude"));
        latitude.setId("park-latitude");
        latitude.setHelperText(getTranslation("parks.manage.location-help"));
        var longitude = new TextField(getTranslation("parks.field.longitude"));
        longitude.setId("park-longitude");
        var opens = hour("parks.field.opening-hour", "park-opens", 8);
        var closes = hour("parks.field.closing-hour", "park-closes", 22);
        var activities = new CheckboxGroup<ActivityType>(getTranslation("parks.field.activities"));
        activities.setId("park-activities");
        activities.setItems(ActivityType.values());
        activities.setItemLabelGenerator(a -> getTranslation("parks.activity." + a.name()));
        var description = new TextArea(getTranslation("parks.field.description"));
        description.setId("park-description");
        description.setMaxLength(ParkSpec.DESCRIPTION_MAX);
        var active = new Checkbox(getTranslation("parks.field.active"), true);
        active.setId("park-active");
        if (park != null) {
            name.setValue(park.getName());
            districts.stream().filter(d -> d.getCode().equals(park.getDistrictCode())).findFirst().ifPresent(district::setValue);
            park.getNeighbourhoodCode().flatMap(management::neighbourhood).ifPresent(neighbourhood::setValue);
            latitude.setValue(park.getLatitude().toPlainString());
            longitude.setValue(park.getLongitude().toPlainString());
            opens.setValue(park.getOpeningHour());
            closes.setValue(park.getClosingHour());
            activities.setValue(park.getAllowedActivities());
            description.setValue(park.getDescription() == null ? "" : park.getDescription());
            active.setValue(park.isActive());
        } else {
            activities.setValue(EnumSet.allOf(ActivityType.class));
        }
        var form = new FormLayout(name, district, neighbourhood, latitude, longitude, opens, closes, activities, active, description);
        form.setColspan(neighbourhood, 2);
        form.setColspan(name, 2);
        form.setColspan(activities, 2);
        form.setColspan(description, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        var save = new Button(getTranslation(park == null ? "parks.manage.create" : "parks.manage.save"));
        save.setId("park-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            var spec = new ParkSpec(name.getValue(), district.getValue() == null ? null : district.getValue().getCode(),
                    coordinate(latitude.getValue()), coordinate(longitude.getValue()), value(opens), value(closes),
                    activities.getValue().isEmpty() ? EnumSet.noneOf(ActivityType.class) : EnumSet.copyOf(activities.getValue()),
                    description.getValue(), active.getValue(),
                    neighbourhood.getValue() == null ? null : neighbourhood.getValue().getCode());
            var saved = attempt(() -> park == null ? management.createPark(spec) : management.updatePark(park.getId(), spec),
                    "parks.manage.saved");
            if (saved != null) {
                refreshParks(saved.getId());
            }
        });
        var section = new Section(new H2(getTranslation(park == null ? "parks.manage.new-park" : "parks.manage.park")), form, save);
        section.setId("park-form");
        return section;
    }

    private Section areasSection(LivingParkInfo park) {
        var grid = new Grid<ParkAreaInfo>();
        grid.setId("park-area-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ParkAreaInfo::getName).setHeader(getTranslation("parks.column.area")).setFlexGrow(2);
        grid.addColumn(ParkAreaInfo::getCapacity).setHeader(getTranslation("parks.column.capacity"));
        grid.setItems(applications.areasOf(park.getId()));
        grid.setAllRowsVisible(true);
        var name = new TextField(getTranslation("parks.field.area-name"));
        name.setId("area-name");
        name.setMaxLength(ParkManagement.AREA_NAME_MAX);
        var capacity = new IntegerField(getTranslation("parks.field.capacity"));
        capacity.setId("area-capacity");
        capacity.setMin(1);
        capacity.setMax(ParkManagement.AREA_CAPACITY_MAX);
        var add = new Button(getTranslation("parks.manage.area-add"));
        add.setId("area-add");
        var update = new Button(getTranslation("parks.manage.area-update"));
        update.setId("area-update");
        update.setEnabled(false);
        grid.asSingleSelect().addValueChangeListener(e -> {
            update.setEnabled(e.getValue() != null);
            if (e.getValue() != null) {
                name.setValue(e.getValue().getName());
                capacity.setValue(e.getValue().getCapacity());
            }
        });
        add.addClickListener(e -> {
            if (attempt(() -> management.addArea(park.getId(), name.getValue(), value(capacity)), "parks.manage.saved") != null) {
                grid.setItems(applications.areasOf(park.getId()));
                name.clear();
                capacity.clear();
            }
        });
        update.addClickListener(e -> {
            var selected = grid.asSingleSelect().getValue();
            if (selected != null && attempt(() -> management.updateArea(selected.getId(), name.getValue(), value(capacity)),
                    "parks.manage.saved") != null) {
                grid.setItems(applications.areasOf(park.getId()));
            }
        });
        var form = new FlexLayout(name, capacity, add, update);
        form.getStyle().set("gap", "1em").set("align-items", "baseline").set("flex-wrap", "wrap");
        var section = new Section(new H2(getTranslation("parks.park.areas")), grid, form);
        section.setId("park-areas-section");
        return section;
    }

    private Section blackoutsSection(LivingParkInfo park) {
        var grid = new Grid<Blackout>();
        grid.setId("park-blackout-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(b -> IzmirTime.formatDate(b.day(), getLocale())).setHeader(getTranslation("parks.column.day")).setAutoWidth(true);
        grid.addColumn(b -> getTranslation("parks.blackout.kind." + b.kind().name())).setHeader(getTranslation("parks.column.kind"));
        grid.addColumn(Blackout::reason).setHeader(getTranslation("parks.column.reason")).setFlexGrow(2);
        grid.addComponentColumn(b -> {
            var remove = new Button(getTranslation("parks.manage.remove"), e -> {
                if (attempt(() -> { management.removeBlackout(b.id()); return true; }, "parks.manage.removed") != null) {
                    grid.setItems(management.upcomingBlackouts(park.getId()));
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        });
        grid.setItems(management.upcomingBlackouts(park.getId()));
        grid.setEmptyStateText(getTranslation("parks.manage.no-blackouts"));
        grid.setAllRowsVisible(true);

        LocalDate today = LocalDate.now(clock.withZone(IzmirTime.ZONE));
        var from = new DatePicker(getTranslation("parks.field.from"));
        from.setId("blackout-from");
        var to = new DatePicker(getTranslation("parks.field.to"));
        to.setId("blackout-to");
        for (var picker : List.of(from, to)) {
            picker.setLocale(getLocale());
            picker.setI18n(tr.bel.izmir.bizizmir.shared.ui.DatePickers.i18n(getLocale(), this::getTranslation));
            picker.setMin(today);
        }
        from.addValueChangeListener(e -> {
            if (to.getValue() == null) {
                to.setValue(e.getValue());
            }
        });
        var kind = new RadioButtonGroup<BlackoutKind>(getTranslation("parks.field.kind"));
        kind.setId("blackout-kind");
        kind.setItems(BlackoutKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("parks.blackout.kind." + k.name()));
        kind.setValue(BlackoutKind.MAINTENANCE);
        var reason = new TextField(getTranslation("parks.field.reason"));
        reason.setId("blackout-reason");
        reason.setMaxLength(ParkManagement.BLACKOUT_REASON_MAX);
        var add = new Button(getTranslation("parks.manage.blackout-add"));
        add.setId("blackout-add");
        Runnable close = () -> {
            try {
                var result = management.addBlackout(park.getId(), from.getValue(), to.getValue(), kind.getValue(), reason.getValue());
                grid.setItems(management.upcomingBlackouts(park.getId()));
                Notifications.success(result.affectedEvents().isEmpty()
                        ? getTranslation("parks.manage.blackout-added", result.days())
                        : getTranslation("parks.manage.blackout-cancelled", result.days(), result.affectedEvents().size()));
                reason.clear();
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        };
        add.addClickListener(e -> {
            // Events already on those days are listed first: confirming cancels them with this reason.
            var affected = management.eventsOn(park.getId(), from.getValue(), to.getValue());
            if (affected.isEmpty()) {
                close.run();
            } else {
                blackoutConfirmation(affected, reason.getValue(), close).open();
            }
        });
        var form = new FormLayout(from, to, kind, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        var section = new Section(new H2(getTranslation("parks.park.blackouts")),
                new Paragraph(getTranslation("parks.manage.blackout-help")), grid, form, add);
        section.setId("park-blackouts-section");
        return section;
    }

    /** Lists the events a closed day would cancel; the groups see the cancellation and the reason on their event pages. */
    private Dialog blackoutConfirmation(List<EventApplicationInfo> affected, String reason, Runnable close) {
        var dialog = new Dialog();
        dialog.setId("blackout-confirm-dialog");
        dialog.setHeaderTitle(getTranslation("parks.manage.blackout-confirm-title", affected.size()));
        dialog.setWidth("min(40rem, 95vw)");
        var list = new UnorderedList();
        list.setId("blackout-affected");
        affected.forEach(a -> list.add(new ListItem(getTranslation("parks.manage.blackout-affected-event", a.getTitle(),
                IzmirTime.formatDateTime(a.getStartsAt(), getLocale()),
                groups.find(a.getGroupId()).map(g -> g.getName()).orElse(""),
                getTranslation("parks.status." + a.getStatus().name())))));
        dialog.add(new Paragraph(getTranslation("parks.manage.blackout-confirm-help", reason == null ? "" : reason.strip())), list);
        var confirm = new Button(getTranslation("parks.manage.blackout-confirm", affected.size()), e -> {
            dialog.close();
            close.run();
        });
        confirm.setId("blackout-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("parks.cancel.back"), e -> dialog.close()), confirm);
        return dialog;
    }

    private Section photosSection(LivingParkInfo park) {
        var gallery = new Div();
        var section = new Section(new H2(getTranslation("parks.park.photos")),
                new Paragraph(getTranslation("parks.manage.photo-help", ParkManagement.MAX_PARK_PHOTOS)));
        section.setId("park-photos-section");
        Runnable refresh = () -> {
            gallery.removeAll();
            for (long id : management.photoIds(park.getId())) {
                var one = ParkUi.gallery(this, "park-photo-" + id, List.of(id), management::photo, "parks.park.photo-alt");
                var remove = new Button(getTranslation("parks.manage.remove"), e -> {
                    if (attempt(() -> { management.removePhoto(id); return true; }, "parks.manage.removed") != null) {
                        one.setVisible(false);
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                one.add(remove);
                gallery.add(one);
            }
        };
        var upload = Photos.upload(this, "park-photo-upload", ParkManagement.PARK_PHOTOS,
                photo -> {
                    if (attempt(() -> management.addPhoto(park.getId(), photo), "parks.manage.photo-added") != null) {
                        refresh.run();
                    }
                }, name -> { });
        refresh.run();
        section.add(gallery, upload);
        return section;
    }

    private IntegerField hour(String labelKey, String id, int initial) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setMin(0);
        field.setMax(24);
        field.setValue(initial);
        field.setStepButtonsVisible(true);
        return field;
    }

    /** A decimal degree with a point or a comma; anything else is null, which the spec refuses with the location error. */
    static BigDecimal coordinate(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }
}
