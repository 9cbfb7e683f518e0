package id.klik;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import id.klik.tenancy.application.AcrossTenants;
import id.klik.tenancy.application.TenantJobRunner;
import id.klik.tenancy.application.TenantScope;
import id.klik.tenancy.domain.TenantRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shape of the code, kept true by the build: the edge on top, {@code shared} at the bottom,
 * contexts that depend downwards only, domain code free of web types, and contexts that meet only
 * at each other's {@code domain} and {@code application}.
 */
class ArchitectureTest {

  private static final String EDGE = "id.klik.edge..";

  /**
   * The page frame still reads identity's current user and tenancy's tenant; the {@code shell}
   * branch owns it and moves it to the edge. Named here so nothing else slips through.
   */
  private static final String SHELL_PAGE = "id.klik.shared.web.ShellPage";

  private static JavaClasses classes;

  @BeforeAll
  static void importMain() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.klik");
  }

  @Test
  void noCyclesBetweenContexts() {
    slices()
        .matching("id.klik.(*)..")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                SHELL_PAGE, c -> c.getName().equals(SHELL_PAGE)),
            com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
        .check(classes);
  }

  @Test
  void sharedDependsOnNoContextOfOurs() {
    noClasses()
        .that()
        .resideInAPackage("id.klik.shared..")
        .and()
        .doNotHaveFullyQualifiedName(SHELL_PAGE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "id.klik.tenancy..",
            "id.klik.identity..",
            "id.klik.organization..",
            "id.klik.guideline..",
            "id.klik.people..",
            "id.klik.audit..",
            "id.klik.innovation..",
            "id.klik.index..",
            EDGE)
        .check(classes);
  }

  @Test
  void tenancyDependsOnlyOnShared() {
    noClasses()
        .that()
        .resideInAPackage("id.klik.tenancy..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "id.klik.identity..",
            "id.klik.organization..",
            "id.klik.guideline..",
            "id.klik.people..",
            "id.klik.audit..",
            "id.klik.innovation..",
            "id.klik.index..",
            EDGE)
        .because("tenancy announces events and offers ports; it calls no context it onboards")
        .check(classes);
  }

  @Test
  void identityDependsOnNoBusinessContext() {
    noClasses()
        .that()
        .resideInAPackage("id.klik.identity..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "id.klik.organization..",
            "id.klik.guideline..",
            "id.klik.people..",
            "id.klik.audit..",
            "id.klik.innovation..",
            "id.klik.index..")
        .check(classes);
  }

  @Test
  void theIndexFormulaKnowsOnlySharedAndTheGuidelineModel() {
    noClasses()
        .that()
        .resideInAPackage("id.klik.index.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "id.klik.tenancy..",
            "id.klik.identity..",
            "id.klik.organization..",
            "id.klik.people..",
            "id.klik.audit..",
            "id.klik.innovation..",
            "id.klik.guideline.application..",
            "id.klik.guideline.infrastructure..",
            "jakarta..",
            EDGE)
        .because(
            "the formula is plain Java driven by the index model, unit-tested without a"
                + " container")
        .check(classes);
  }

  @Test
  void theCalendarKnowsNoContextWithEvents() {
    noClasses()
        .that()
        .resideInAPackage("id.klik.calendar..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("id.klik.program..", "id.klik.consultation..")
        .because("programs and consultations offer their events through CalendarSource")
        .check(classes);
  }

  @Test
  void onlyTheEdgeIsOnTop() {
    noClasses()
        .that()
        .resideOutsideOfPackage(EDGE)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(EDGE)
        .check(classes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta.servlet..", "jakarta.faces..", "jakarta.ws.rs.."})
  void domainCodeKnowsNoWebTypes(String web) {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(web)
        .check(classes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta.servlet..", "jakarta.faces.."})
  void applicationCodeHandlesNoRequests(String web) {
    noClasses()
        .that()
        .resideInAPackage("..application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(web)
        .check(classes);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tenancy",
        "identity",
        "organization",
        "guideline",
        "people",
        "audit",
        "innovation",
        "index",
        "calendar",
        "program",
        "consultation"
      })
  void noContextReachesIntoAnothersInfrastructureWebOrApi(String context) {
    String own = "id.klik." + context;
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackages(own + "..", EDGE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(own + ".infrastructure..", own + ".web..", own + ".api..");
    rule.check(classes);
  }

  @Test
  void aTenantIsEnteredOnlyByTheEdgeAcrossTenantsAndTheJobRunner() {
    // Two recorded constructs besides the edge: AcrossTenants writes a platform audit line per
    // entry; TenantJobRunner records every tenant's run in platform.job_run (auditing each 5-second
    // outbox round in the platform audit would drown it).
    noClasses()
        .that()
        .resideOutsideOfPackage(EDGE)
        .and()
        .doNotBelongToAnyOf(AcrossTenants.class, TenantJobRunner.class, TenantScope.class)
        .should()
        .callMethod(TenantScope.class, "enter", TenantRef.class)
        .check(classes);
  }
}
