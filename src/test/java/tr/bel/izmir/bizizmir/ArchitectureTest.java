package tr.bel.izmir.bizizmir;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module rules of docs/architecture.md, enforced on the compiled main code.
 */
class ArchitectureTest {

    static final String ROOT = "tr.bel.izmir.bizizmir";
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void features_do_not_use_another_features_internals() {
        classes().that().resideInAPackage(ROOT + "..")
                .should(onlyUseTheirOwnInternals())
                .check(classes);
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void the_shared_kernel_depends_on_no_feature() {
        noClasses().that().resideInAPackage(ROOT + ".shared..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".security..", ROOT + ".neighbourhood..", ROOT + ".assembly..", ROOT + ".proposal..",
                        ROOT + ".feasibility..", ROOT + ".voting..", ROOT + ".budgeting..", ROOT + ".parkevent..",
                        ROOT + ".tasks..", ROOT + ".modeling..", ROOT + ".transparency..", ROOT + ".shell..",
                        ROOT + ".demo..", ROOT + ".privacy..", ROOT + ".cases..")
                .check(classes);
    }

    @Test
    void views_use_services_not_repositories_or_the_engine() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("..internal..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.TaskService")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.RuntimeService")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.RepositoryService")
                .orShould().dependOnClassesThat().resideInAPackage("org.springframework.data.jpa.repository..")
                .check(classes);
    }

    /**
     * The lifecycle classes move a case between states without a permission check of their own
     * (the process decided it may): so only the process's delegates and the services of the
     * features that continue a case may call them; never a view, a REST controller or demo data,
     * which must go through the secured services. Checked by hand that it fails: a view calling
     * {@code ProposalLifecycle#qualify} is reported with the calling line.
     */
    @Test
    void only_process_steps_and_the_features_services_move_a_case_through_its_lifecycle() {
        noClasses().that().resideInAnyPackage("..ui..", ROOT + ".demo..", ROOT + ".transparency..", ROOT + ".cases..")
                .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Lifecycle")
                .check(classes);
    }

    @Test
    void every_route_says_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(AnonymousAllowed.class)
                .because("every route is denied unless a role is allowed (no @PermitAll, no unannotated route)")
                .check(classes);
        noClasses().should().beAnnotatedWith(PermitAll.class).check(classes);
    }

    @Test
    void every_rest_controller_declares_its_roles() {
        classes().that().areAnnotatedWith(RestController.class)
                .should().beAnnotatedWith(PreAuthorize.class)
                .orShould(haveEveryPublicHandlerAnnotatedWithPreAuthorize())
                .check(classes);
    }

    @Test
    void views_live_in_ui_packages() {
        classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..").check(classes);
    }

    @Test
    void repositories_live_in_internal_packages() {
        classes().that().areAssignableTo(org.springframework.data.repository.Repository.class)
                .and().areInterfaces()
                .should().resideInAPackage("..internal..").check(classes);
    }

    @Test
    void every_feature_package_says_what_it_owns() {
        classes().that().resideInAPackage(ROOT + ".*").and().haveSimpleName("package-info")
                .should().bePackagePrivate().orShould().bePublic().check(classes);
        for (String feature : new String[]{"shared", "security", "neighbourhood", "assembly", "proposal",
                "feasibility", "voting", "budgeting", "parkevent", "tasks", "modeling", "transparency", "shell", "demo", "privacy",
                "cases"}) {
            org.assertj.core.api.Assertions.assertThat(classes.containPackage(ROOT + "." + feature))
                    .as("package %s exists", feature).isTrue();
            org.assertj.core.api.Assertions.assertThat(classes.getPackage(ROOT + "." + feature).getPackageInfo())
                    .as("package-info of %s", feature).isNotNull();
        }
    }

    /**
     * Entities stay inside their feature: others read them through the read-only {@code *Info}
     * interfaces the feature publishes (DD036) and change them only through its services. The
     * condition is shown failing in {@link #the_entity_rule_fails_for_a_feature_that_reads_another_features_entity()}.
     */
    @Test
    void features_use_no_other_features_entities() {
        classes().that().resideInAPackage(ROOT + "..").should(useNoEntityOfAnotherFeature()).check(classes);
    }

    @Test
    void the_entity_rule_fails_for_a_feature_that_reads_another_features_entity() {
        var broken = new ClassFileImporter().importClasses(
                tr.bel.izmir.bizizmir.voting.Vote.class, EntityRuleFixture.class);
        var result = classes().should(useNoEntityOfAnotherFeature()).evaluate(broken);
        org.assertj.core.api.Assertions.assertThat(result.hasViolation()).isTrue();
        org.assertj.core.api.Assertions.assertThat(result.getFailureReport().toString()).contains("EntityRuleFixture").contains("voting.Vote");
    }

    /** Lives (for ArchUnit) in the root package, i.e. outside voting, and reads a vote's entity. */
    static class EntityRuleFixture {
        String title(tr.bel.izmir.bizizmir.voting.Vote vote) {
            return vote.getTitle();
        }
    }

    private static ArchCondition<JavaClass> useNoEntityOfAnotherFeature() {
        return new ArchCondition<>("use no JPA entity of another feature") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = feature(item.getPackageName());
                item.getDirectDependenciesFromSelf().forEach(d -> {
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    if (target.getPackageName().startsWith(ROOT + ".")
                            && target.isAnnotatedWith(jakarta.persistence.Entity.class)
                            && !feature(target.getPackageName()).equals(own)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        };
    }


    private static ArchCondition<JavaClass> onlyUseTheirOwnInternals() {
        return new ArchCondition<>("only use the internal package of their own feature") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = feature(item.getPackageName());
                item.getDirectDependenciesFromSelf().forEach(d -> {
                    String target = d.getTargetClass().getPackageName();
                    if (target.startsWith(ROOT + ".") && target.contains(".internal")
                            && !feature(target).equals(own)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        };
    }

    private static String feature(String packageName) {
        String rest = packageName.length() > ROOT.length() ? packageName.substring(ROOT.length() + 1) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> haveEveryPublicHandlerAnnotatedWithPreAuthorize() {
        return new ArchCondition<>("have @PreAuthorize on every handler method") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getMethods().stream()
                        .filter(m -> !m.getModifiers().contains(JavaModifier.PRIVATE))
                        .filter(m -> m.isAnnotatedWith(org.springframework.web.bind.annotation.RequestMapping.class)
                                || m.isMetaAnnotatedWith(org.springframework.web.bind.annotation.RequestMapping.class))
                        .filter(m -> !m.isAnnotatedWith(PreAuthorize.class))
                        .forEach(m -> events.add(SimpleConditionEvent.violated(m, m.getFullName() + " has no @PreAuthorize")));
            }
        };
    }
}
