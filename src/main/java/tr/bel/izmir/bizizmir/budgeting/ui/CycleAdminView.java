package tr.bel.izmir.bizizmir.budgeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tr.bel.izmir.bizizmir.shared.ui.FoldedFilter;
import tr.bel.izmir.bizizmir.budgeting.AllocationRule;
import tr.bel.izmir.bizizmir.budgeting.BallotRule;
import tr.bel.izmir.bizizmir.budgeting.CycleChangedException;
import tr.bel.izmir.bizizmir.budgeting.CycleField;
import tr.bel.izmir.bizizmir.budgeting.CyclePhase;
import tr.bel.izmir.bizizmir.budgeting.CycleSpec;
import tr.bel.izmir.bizizmir.budgeting.InvalidCycleException;
import tr.bel.izmir.bizizmir.budgeting.PbCycleInfo;
import tr.bel.izmir.bizizmir.budgeting.PbCycles;
import tr.bel.izmir.bizizmir.neighbourhood.DistrictInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodInfo;
import tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog;
import tr.bel.izmir.bizizmir.security.AppRoles;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.IzmirTime;
import tr.bel.izmir.bizizmir.shared.Money;
import tr.bel.izmir.bizizmir.shared.ui.Badge;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.PhoneCards;
import tr.bel.izmir.bizizmir.shared.ui.TranslatedView;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Programme coordinators (and admins) run the PB cycles without Cockpit: the cycles by district
 * and phase, a form to create or edit one (fields the phase no longer allows are read-only, and
 * the service refuses them anyway, DD017), and the phase steps taken by hand.
 */
@Route("staff/cycles")
@RolesAllowed({AppRoles.COORDINATOR, AppRoles.ADMIN})
@Menu(title = "nav.cycle-admin", order = 104, icon = "vaadin:piggy-bank-coin")
class CycleAdminView extends TranslatedView {

    private final PbCycles cycles;
    private final NeighbourhoodCatalog neighbourhoods;
    private final List<DistrictInfo> districts;
    private final ComboBox<DistrictInfo> districtFilter = new ComboBox<>();
    private final ComboBox<CyclePhase> phaseFilter = new ComboBox<>();
    private final Div list = new Div();
    private final Div editor = new Div();

    CycleAdminView(PbCycles cycles, NeighbourhoodCatalog neighbourhoods) {
        super("cycleadmin.title");
        this.cycles = cycles;
        this.neighbourhoods = neighbourhoods;
        this.districts = neighbourhoods.districts();
        add(new Paragraph(getTranslation("cycleadmin.intro")));

        districtFilter.setId("cycle-filter-district");
        districtFilter.setLabel(getTranslation("cycleadmin.filter.district"));
        districtFilter.setItems(FoldedFilter.of(districtFilter), districts);
        districtFilter.setItemLabelGenerator(DistrictInfo::getName);
        districtFilter.setClearButtonVisible(true);
        districtFilter.addValueChangeListener(e -> refresh());
        phaseFilter.setId("cycle-filter-phase");
        phaseFilter.setLabel(getTranslation("cycleadmin.filter.phase"));
        phaseFilter.setItems(CyclePhase.values());
        phaseFilter.setItemLabelGenerator(this::phaseName);
        phaseFilter.setClearButtonVisible(true);
        phaseFilter.addValueChangeListener(e -> refresh());
        var create = new Button(getTranslation("cycleadmin.new"), e -> edit(null));
        create.setId("cycle-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var filters = new HorizontalLayout(districtFilter, phaseFilter, create);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        list.setId("cycle-list");
        editor.setId("cycle-editor");
        add(filters, editor, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var found = cycles.search(districtFilter.getValue() == null ? null : districtFilter.getValue().getId(), phaseFilter.getValue());
        if (found.isEmpty()) {
            list.add(new Paragraph(getTranslation("cycleadmin.none")));
            return;
        }
        var grid = new Grid<PbCycleInfo>();
        grid.setId("cycle-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PbCycleInfo::getTitle).setHeader(getTranslation("cycleadmin.column.title")).setFlexGrow(3);
        grid.addColumn(c -> neighbourhoodName(c.getNeighbourhoodId())).setHeader(getTranslation("cycleadmin.column.neighbourhood")).setFlexGrow(2);
        grid.addComponentColumn(c -> phaseBadge(c.getPhase())).setHeader(getTranslation("cycleadmin.column.phase"));
        grid.addColumn(c -> c.getEnvelope().format(getLocale())).setHeader(getTranslation("cycleadmin.column.envelope"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> days(c.getSubmissionOpens(), c.getSubmissionCloses())).setHeader(getTranslation("cycleadmin.column.submission"));
        grid.addColumn(c -> days(c.getVotingOpens(), c.getVotingCloses())).setHeader(getTranslation("cycleadmin.column.voting"));
        grid.addComponentColumn(c -> {
            var edit = editButton(c, "cycle-edit-");
            edit.setText(getTranslation("cycleadmin.edit"));
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(found);
        grid.setAllRowsVisible(true);
        list.add(PhoneCards.wideOnly(grid), PhoneCards.of("cycle-cards", found, c -> editButton(c, "cycle-card-edit-"),
                c -> List.of(new Paragraph(neighbourhoodName(c.getNeighbourhoodId())), phaseBadge(c.getPhase()),
                        new Paragraph(getTranslation("cycleadmin.column.envelope") + ": " + c.getEnvelope().format(getLocale())),
                        new Paragraph(getTranslation("cycleadmin.column.submission") + ": " + days(c.getSubmissionOpens(), c.getSubmissionCloses())),
                        new Paragraph(getTranslation("cycleadmin.column.voting") + ": " + days(c.getVotingOpens(), c.getVotingCloses())))));
    }

    private Button editButton(PbCycleInfo cycle, String idPrefix) {
        var button = new Button(cycle.getTitle(), e -> edit(cycles.require(cycle.getId())));
        button.setId(idPrefix + cycle.getId());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.getElement().setAttribute("aria-label", getTranslation("cycleadmin.edit") + ": " + cycle.getTitle());
        return button;
    }

    /** The form for a new cycle ({@code cycle == null}) or for the stored state of one. */
    private void edit(PbCycleInfo cycle) {
        editor.removeAll();
        editor.add(new CycleForm(cycle));
        editor.getElement().callJsFunction("scrollIntoView");
    }

    /** One cycle's form; it remembers the version it was opened at, so a stale save is refused. */
    private final class CycleForm extends Section {

        private final PbCycleInfo cycle;
        private final ComboBox<DistrictInfo> district = new ComboBox<>();
        private final ComboBox<NeighbourhoodInfo> neighbourhood = new ComboBox<>();
        private final TextField title = new TextField();
        private final BigDecimalField envelope = new BigDecimalField();
        private final RadioButtonGroup<CyclePhase> initialPhase = new RadioButtonGroup<>();
        private final DatePicker submissionOpens = new DatePicker();
        private final DatePicker submissionCloses = new DatePicker();
        private final DatePicker votingOpens = new DatePicker();
        private final DatePicker votingCloses = new DatePicker();
        private final IntegerField supportThreshold = new IntegerField();
        private final IntegerField maxProposals = new IntegerField();
        private final IntegerField minimumAge = new IntegerField();
        private final RadioButtonGroup<BallotRule> ballotRule = new RadioButtonGroup<>();
        private final RadioButtonGroup<AllocationRule> allocationRule = new RadioButtonGroup<>();
        private final Map<CycleField, Component> fields = new EnumMap<>(CycleField.class);

        CycleForm(PbCycleInfo cycle) {
            this.cycle = cycle;
            setId("cycle-form");
            add(new H2(cycle == null ? getTranslation("cycleadmin.editor.new") : getTranslation("cycleadmin.editor.edit", cycle.getTitle())));
            if (cycle != null) {
                var state = new Paragraph(new Span(getTranslation("cycleadmin.column.phase") + ": "), phaseBadge(cycle.getPhase()));
                state.setId("cycle-form-phase");
                add(state);
                cycle.getUpdatedAt().ifPresent(at -> add(new Paragraph(getTranslation("cycleadmin.updated",
                        cycle.getUpdatedBy().orElse(""), IzmirTime.formatDateTime(at.atZone(IzmirTime.ZONE), getLocale())))));
            }
            district.setItems(FoldedFilter.of(district), districts);
            district.setItemLabelGenerator(DistrictInfo::getName);
            neighbourhood.setItemLabelGenerator(NeighbourhoodInfo::getName);
            district.addValueChangeListener(e -> {
                neighbourhood.clear();
                neighbourhood.setItems(e.getValue() == null ? List.of() : neighbourhoods.neighbourhoodsOf(e.getValue().getId()));
            });
            title.setMaxLength(200);
            envelope.setSuffixComponent(new Span("₺"));
            envelope.setHelperText(getTranslation("cycleadmin.envelope-help"));
            envelope.setLocale(getLocale());
            supportThreshold.setHelperText(getTranslation("cycleadmin.threshold-help"));
            for (var picker : List.of(submissionOpens, submissionCloses, votingOpens, votingCloses)) {
                picker.setLocale(getLocale());
                picker.setI18n(tr.bel.izmir.bizizmir.shared.ui.DatePickers.i18n(getLocale(), this::getTranslation));
            }
            ballotRule.setItems(BallotRule.values());
            ballotRule.setItemLabelGenerator(r -> getTranslation("vote.schedule.rule." + r.name()));
            allocationRule.setItems(AllocationRule.values());
            allocationRule.setItemLabelGenerator(r -> getTranslation("budget.rule." + r.name()));
            initialPhase.setId("cycle-initial-phase");
            initialPhase.setLabel(getTranslation("cycleadmin.field.initial-phase"));
            initialPhase.setItems(PbCycles.CREATABLE_PHASES);
            initialPhase.setItemLabelGenerator(CycleAdminView.this::phaseName);

            fields.put(CycleField.NEIGHBOURHOOD, neighbourhood);
            fields.put(CycleField.TITLE, title);
            fields.put(CycleField.ENVELOPE, envelope);
            fields.put(CycleField.SUBMISSION_OPENS, submissionOpens);
            fields.put(CycleField.SUBMISSION_CLOSES, submissionCloses);
            fields.put(CycleField.VOTING_OPENS, votingOpens);
            fields.put(CycleField.VOTING_CLOSES, votingCloses);
            fields.put(CycleField.SUPPORT_THRESHOLD, supportThreshold);
            fields.put(CycleField.MAX_PROPOSALS, maxProposals);
            fields.put(CycleField.MINIMUM_AGE, minimumAge);
            fields.put(CycleField.BALLOT_RULE, ballotRule);
            fields.put(CycleField.ALLOCATION_RULE, allocationRule);
            fields.forEach((field, component) -> {
                component.setId("cycle-" + field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                component.getElement().setProperty("label", getTranslation("cycle.field." + field.name()));
            });
            district.setId("cycle-district");
            district.setLabel(getTranslation("cycleadmin.field.district"));

            load(cycle == null ? null : cycle.toSpec());
            Set<CycleField> editable = cycle == null ? EnumSet.allOf(CycleField.class) : cycles.editableFields(cycle);
            fields.forEach((field, component) -> {
                if (!editable.contains(field)) {
                    component.getElement().setProperty("readonly", true);
                    component.getElement().setProperty("helperText", getTranslation("cycleadmin.field.locked"));
                }
            });
            district.setReadOnly(!editable.contains(CycleField.NEIGHBOURHOOD));

            var form = new FormLayout();
            form.add(district, neighbourhood, title, envelope);
            if (cycle == null) {
                form.add(initialPhase);
            }
            form.add(submissionOpens, submissionCloses, votingOpens, votingCloses, supportThreshold, maxProposals, minimumAge,
                    ballotRule, allocationRule);
            form.setColspan(title, 2);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
            add(form);

            var save = new Button(getTranslation(cycle == null ? "cycleadmin.create" : "cycleadmin.save"), e -> save());
            save.setId("cycle-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var cancel = new Button(getTranslation("cycleadmin.cancel"), e -> editor.removeAll());
            cancel.setId("cycle-cancel");
            var actions = new HorizontalLayout(save, cancel);
            actions.setWrap(true);
            if (cycle != null) {
                PbCycles.nextByHand(cycle.getPhase()).ifPresent(next -> {
                    var advance = new Button(getTranslation("cycleadmin.advance", phaseName(next)), e -> advance());
                    advance.setId("cycle-advance");
                    actions.add(advance);
                });
            }
            add(actions);
        }

        private void load(CycleSpec spec) {
            if (spec == null) {
                initialPhase.setValue(CyclePhase.DRAFT);
                supportThreshold.setValue(25);
                maxProposals.setValue(3);
                minimumAge.setValue(16);
                ballotRule.setValue(BallotRule.KNAPSACK);
                allocationRule.setValue(AllocationRule.GREEDY);
                return;
            }
            var hood = neighbourhoods.require(spec.neighbourhoodId());
            districts.stream().filter(d -> d.getId().equals(hood.getDistrict().getId())).findFirst().ifPresent(district::setValue);
            neighbourhood.setValue(hood);
            title.setValue(spec.title());
            envelope.setValue(spec.envelope().amount());
            submissionOpens.setValue(spec.submissionOpens());
            submissionCloses.setValue(spec.submissionCloses());
            votingOpens.setValue(spec.votingOpens());
            votingCloses.setValue(spec.votingCloses());
            supportThreshold.setValue(spec.supportThreshold());
            maxProposals.setValue(spec.maxProposalsPerResident());
            minimumAge.setValue(spec.minimumAge());
            ballotRule.setValue(spec.ballotRule());
            allocationRule.setValue(spec.allocationRule());
        }

        private CycleSpec spec() {
            return new CycleSpec(neighbourhood.getValue() == null ? 0 : neighbourhood.getValue().getId(), title.getValue(),
                    envelope.getValue() == null ? null : new Money(envelope.getValue()),
                    cycle == null ? initialPhase.getValue() : cycle.getPhase(),
                    submissionOpens.getValue(), submissionCloses.getValue(), votingOpens.getValue(), votingCloses.getValue(),
                    number(supportThreshold), number(maxProposals), number(minimumAge), ballotRule.getValue(), allocationRule.getValue());
        }

        private void save() {
            clearErrors();
            try {
                PbCycleInfo saved = cycle == null ? cycles.create(spec()) : cycles.update(cycle.getId(), cycle.getVersion(), spec());
                Notifications.success(getTranslation(cycle == null ? "cycleadmin.created" : "cycleadmin.saved", saved.getTitle()));
                refresh();
                edit(saved);
            } catch (InvalidCycleException ex) {
                String text = getTranslation(ex.messageKey(), ex.args());
                if (fields.get(ex.field()) instanceof HasValidation invalid) {
                    invalid.setErrorMessage(text);
                    invalid.setInvalid(true);
                }
                Notifications.error(getTranslation("cycleadmin.not-saved", text));
            } catch (CycleChangedException ex) {
                stale(ex);
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        }

        private void advance() {
            try {
                PbCycleInfo moved = cycles.advance(cycle.getId(), cycle.getVersion());
                Notifications.success(getTranslation("cycleadmin.advanced", moved.getTitle(), phaseName(moved.getPhase())));
                refresh();
                edit(moved);
            } catch (CycleChangedException ex) {
                stale(ex);
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        }

        /** Someone else saved first: say so, keep what this person typed, offer the stored state. */
        private void stale(CycleChangedException ex) {
            var notification = Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            var reload = new Button(getTranslation("cycleadmin.reload"), e -> {
                notification.close();
                edit(cycles.require(cycle.getId()));
            });
            reload.setId("cycle-reload");
            notification.add(reload);
        }

        private void clearErrors() {
            fields.values().forEach(c -> {
                if (c instanceof HasValidation v) {
                    v.setInvalid(false);
                }
            });
        }
    }

    private static int number(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    private String neighbourhoodName(long id) {
        return neighbourhoods.require(id).getDisplayName();
    }

    private String phaseName(CyclePhase phase) {
        return getTranslation("cycle.phase." + phase.name());
    }

    private Badge phaseBadge(CyclePhase phase) {
        var tone = switch (phase) {
            case DRAFT, CLOSED -> Badge.Tone.NEUTRAL;
            case SUBMISSION, REVIEW, VOTING -> Badge.Tone.INFO;
            case ALLOCATION -> Badge.Tone.WARNING;
            case IMPLEMENTATION -> Badge.Tone.SUCCESS;
        };
        return new Badge(phaseName(phase), tone);
    }

    private String days(LocalDate from, LocalDate to) {
        return IzmirTime.formatDate(from, getLocale()) + " – " + IzmirTime.formatDate(to, getLocale());
    }
}
