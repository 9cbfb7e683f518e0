package id.klik.proposal.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.innovation.application.InnovationInput;
import id.klik.innovation.domain.InnovationProfile;
import id.klik.proposal.domain.SectionContent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IidProfileMappingTest {

  private static final InnovationProfile PROFILE =
      new InnovationProfile(
          "Surat Pengantar Daring",
          UUID.randomUUID(),
          UUID.randomUUID(),
          "uji-coba",
          "digital",
          "lainnya",
          "asn",
          "sosial",
          List.of(),
          LocalDate.of(2024, 3, 1),
          null,
          null,
          "Mempercepat layanan.",
          "Warga hemat waktu.",
          null,
          "Rancang bangun awal.",
          null,
          null,
          null,
          "aktif",
          false);

  @Test
  void theProfileFillsTheIdentityFieldsAndTheTextSections() {
    Map<String, SectionContent> sections = IidProfileMapping.sections(PROFILE, "Kelurahan Akcaya");

    assertThat(sections.get("identity").fields())
        .containsEntry("name", "Surat Pengantar Daring")
        .containsEntry("made-by", "Kelurahan Akcaya")
        .containsEntry("stage", "uji-coba")
        .containsEntry("jenis", "digital")
        .containsEntry("bentuk", "urusan-lain")
        .containsEntry("trial-date", "2024-03-01")
        .doesNotContainKey("application-date");
    assertThat(sections.get("goals").text()).isEqualTo("Mempercepat layanan.");
    assertThat(sections.get("design-narrative").text()).isEqualTo("Rancang bangun awal.");
    assertThat(sections.get("results").text()).isEmpty();
  }

  @Test
  void aSavedTextSectionChangesOnlyItsProfileField() {
    InnovationInput in =
        IidProfileMapping.apply(
            PROFILE, "design-narrative", new SectionContent("Rancang bangun baru.", Map.of()));

    assertThat(in.designNarrative()).isEqualTo("Rancang bangun baru.");
    assertThat(in.goals()).isEqualTo("Mempercepat layanan.");
    assertThat(in.name()).isEqualTo("Surat Pengantar Daring");
  }

  @Test
  void theIdentitySectionWritesNameStageFormAndDates() {
    InnovationInput in =
        IidProfileMapping.apply(
            PROFILE,
            "identity",
            new SectionContent(
                "",
                Map.of(
                    "name", "SURADI",
                    "stage", "penerapan",
                    "bentuk", "pelayanan-publik",
                    "application-date", "2025-01-15")));

    assertThat(in.name()).isEqualTo("SURADI");
    assertThat(in.stage()).isEqualTo("penerapan");
    assertThat(in.form()).isEqualTo("pelayanan-publik");
    assertThat(in.applicationDate()).isEqualTo(LocalDate.of(2025, 1, 15));
    assertThat(in.trialDate()).isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Test
  void aBlankSectionLeavesTheProfileAsItIs() {
    InnovationInput in = IidProfileMapping.apply(PROFILE, "goals", SectionContent.EMPTY);

    assertThat(in).isEqualTo(InnovationInput.of(PROFILE));
  }

  @Test
  void aSectionOfAnotherFormIsNoneOfTheProfiles() {
    assertThat(IidProfileMapping.apply(PROFILE, "novelty", SectionContent.EMPTY)).isNull();
  }

  @Test
  void theProfileRoundTripsThroughTheForm() {
    Map<String, SectionContent> sections = IidProfileMapping.sections(PROFILE, "Kelurahan Akcaya");
    InnovationInput in = InnovationInput.of(PROFILE);
    for (var e : sections.entrySet()) {
      in = IidProfileMapping.apply(in.profile(), e.getKey(), e.getValue());
    }

    assertThat(in).isEqualTo(InnovationInput.of(PROFILE));
  }
}
