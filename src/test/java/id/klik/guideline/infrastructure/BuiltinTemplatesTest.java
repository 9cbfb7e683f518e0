package id.klik.guideline.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.guideline.domain.IndexModelBody;
import id.klik.guideline.domain.RubricBody;
import id.klik.guideline.domain.Template;
import id.klik.guideline.domain.TemplateKind;
import id.klik.guideline.domain.TemplateReader;
import id.klik.guideline.domain.TemplateReading;
import id.klik.guideline.domain.TemplateRef;
import id.klik.shared.yaml.YamlProblem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BuiltinTemplatesTest {

  private static final Path PONTIANAK = Path.of("tenants/pontianak/templates");
  private final TemplateReader reader = new TemplateReader();

  private List<Template> all() {
    List<Template> all = new ArrayList<>(BuiltinTemplates.load(reader));
    new TemplateFolder(PONTIANAK).read(reader).values().forEach(r -> all.add(r.orThrow()));
    return all;
  }

  private Template builtin(String file) {
    return reader.read(file, BuiltinTemplates.text(file)).orThrow();
  }

  @Test
  void everyBuiltInTemplateIsValid() {
    for (String file : BuiltinTemplates.FILES) {
      TemplateReading reading = reader.read(file, BuiltinTemplates.text(file));
      assertThat(reading.problems()).as(file).extracting(p -> p.format(Locale.ENGLISH)).isEmpty();
    }
  }

  @Test
  void everyPontianakTemplateIsValidAndPublishedByPontianak() {
    Map<String, TemplateReading> readings = new TemplateFolder(PONTIANAK).read(reader);

    assertThat(readings).hasSizeGreaterThanOrEqualTo(6);
    readings.forEach(
        (file, reading) -> {
          assertThat(reading.problems())
              .as(file)
              .extracting(p -> p.format(Locale.ENGLISH))
              .isEmpty();
          assertThat(reading.orThrow().header().publisher().tenant()).isEqualTo("pontianak");
        });
  }

  @Test
  void everyBuiltInFileIsListed() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/guideline/builtin"))) {
      assertThat(files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()))
          .isEqualTo(Set.copyOf(BuiltinTemplates.FILES));
    }
  }

  @Test
  void everyTemplateHasASourceNote() {
    assertThat(all()).allSatisfy(t -> assertThat(t.header().source()).isNotNull());
  }

  @Test
  void everyReferenceNamesAnExistingTemplateVersion() {
    List<Template> all = all();
    Set<TemplateRef> existing = all.stream().map(Template::ref).collect(Collectors.toSet());

    assertThat(all.stream().flatMap(t -> t.header().uses().all().stream()))
        .isNotEmpty()
        .allSatisfy(ref -> assertThat(existing).contains(ref));
  }

  @Test
  void theFileNameIsIdAndVersion() {
    for (String file : BuiltinTemplates.FILES) {
      Template template = builtin(file);
      assertThat(file)
          .isEqualTo(template.header().id() + "-" + template.header().version() + ".yaml");
    }
  }

  @Test
  void theCityCompetitionRubricWeightsSumTo100() {
    RubricBody rubric = builtin("city-competition-rubric-1.0.0.yaml").body(RubricBody.class);

    assertThat(rubric.weightSum()).isEqualByComparingTo("100");
  }

  @Test
  void theIndexModel2026HasTheFiguresOfTheDomainNotes() {
    Template template = builtin("iid-index-2026-2026.1.yaml");
    IndexModelBody model = template.body(IndexModelBody.class);

    assertThat(template.kind()).isEqualTo(TemplateKind.INDEX_MODEL);
    assertThat(model.needsVerification()).isTrue();
    assertThat(model.verify().en()).contains("Verify against the official annex");
    assertThat(model.aspects())
        .extracting(IndexModelBody.Aspect::code)
        .containsExactly("SPD", "SID");
    assertThat(model.aspects().get(0).indicators()).hasSize(15);
    assertThat(model.aspects().get(1).indicators()).hasSize(20);
    assertThat(model.aspects().get(0).weightSum()).isEqualByComparingTo("21");
    assertThat(model.aspects().get(0).maxScore()).isEqualByComparingTo("63");
    assertThat(model.aspects().get(1).maxScore()).isEqualByComparingTo("111");
    assertThat(model.divisor().divisorFor(5)).isEqualTo(12);
    assertThat(model.divisor().divisorFor(40)).isEqualTo(40);
    assertThat(model.innovationCount().pointsPerInnovation()).isEqualByComparingTo("0.38");
    assertThat(model.innovationCount().cap()).isEqualTo(200);
    assertThat(model.innovationCount().maxScore()).isEqualByComparingTo("76");
    assertThat(model.innovationCount().coverage().minimumCovered()).isEqualTo(5);
    assertThat(model.innovationCount().coverage().affairs()).hasSize(6);
    assertThat(model.total().maxScore()).isEqualByComparingTo("250");
    assertThat(model.categories())
        .extracting(c -> c.title().id(), c -> c.minScore().toPlainString())
        .startsWith(
            org.assertj.core.groups.Tuple.tuple("Sangat Inovatif", "65.01"),
            org.assertj.core.groups.Tuple.tuple("Inovatif", "40.01"),
            org.assertj.core.groups.Tuple.tuple("Kurang Inovatif", "0.01"));
  }

  @Test
  void regulationIndicatorLevelsNeedSkPerkadaPerda() {
    IndexModelBody model = builtin("iid-index-2026-2026.1.yaml").body(IndexModelBody.class);
    IndexModelBody.Indicator regulation = model.aspects().get(1).indicators().get(0);

    assertThat(regulation.number()).isEqualTo(16);
    assertThat(regulation.measures().get(0).weight()).isEqualByComparingTo(BigDecimal.valueOf(3));
    assertThat(regulation.measures().get(0).levels())
        .extracting(l -> l.evidence().id())
        .containsExactly(
            "SK kepala perangkat daerah", "Peraturan kepala daerah (Perkada)", "Perda");
  }

  @Test
  void theIndexModel2023UsesDivisorTenAndItsOwnThresholds() {
    IndexModelBody model = builtin("iid-index-2023-2023.1.yaml").body(IndexModelBody.class);

    assertThat(model.divisor().minimum()).isEqualTo(10);
    assertThat(model.aspects())
        .extracting(a -> a.sharePercent().toPlainString())
        .containsExactly("25.2", "74.8");
    assertThat(model.categories().get(0).minScore()).isEqualByComparingTo("60.01");
    assertThat(model.needsVerification()).isFalse();
  }

  @Test
  void theInnovationProfileAsksForAThreeHundredWordDesignNarrative() {
    var form =
        builtin("iid-innovation-profile-2023.1.yaml").body(id.klik.guideline.domain.FormBody.class);

    assertThat(form.sections())
        .filteredOn(s -> s.id().equals("design-narrative"))
        .singleElement()
        .satisfies(s -> assertThat(s.minWords()).isEqualTo(300));
  }

  @Test
  void problemsOfAnInvalidBuiltInWouldBeLocated() {
    String broken =
        BuiltinTemplates.text("design-thinking-1.0.0.yaml").replace("method:", "methode:");
    List<YamlProblem> problems = reader.read("design-thinking-1.0.0.yaml", broken).problems();

    assertThat(problems).extracting(YamlProblem::field).containsExactly("methode");
  }
}
