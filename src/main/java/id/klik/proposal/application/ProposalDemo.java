package id.klik.proposal.application;

import id.klik.identity.application.CurrentUser;
import id.klik.innovation.application.InnovationInput;
import id.klik.innovation.application.InnovationService;
import id.klik.organization.application.WorkUnitDirectory;
import id.klik.proposal.domain.Proposal;
import id.klik.proposal.domain.ProposalState;
import id.klik.proposal.domain.SectionContent;
import id.klik.proposal.infrastructure.ProposalRepository;
import id.klik.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The proposals' side of the demo competition: one demo innovation per line of a CSV ({@code
 * name,work_unit,affair}) and one submitted demo proposal for it in the KIPP form, its sections
 * written from the innovation's name. An innovation or demo proposal already there is kept, so
 * every reconcile may run it again. Runs outside any request (the writer is then "system"); the
 * competition itself is the review context's, which calls this.
 */
@ApplicationScoped
public class ProposalDemo {

  /** The form the demo proposals are written in (the city competition's). */
  public static final String FORM = "kipp-proposal";

  @Inject InnovationService innovations;
  @Inject WorkUnitDirectory workUnits;
  @Inject ProposalRepository proposals;
  @Inject ProposalForms forms;
  @Inject ProposalService service;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;

  /** A line of the CSV. */
  public record Entry(String name, String workUnitCode, String affair) {}

  /** A demo proposal, with what a registration keeps of its innovation. */
  public record Seeded(UUID proposalId, UUID innovationId, UUID workUnitId, String name) {}

  /** Reads {@code name,work_unit,affair} lines (a header first; names hold no comma). */
  public static List<Entry> read(Reader in) throws IOException {
    List<Entry> out = new ArrayList<>();
    BufferedReader lines = new BufferedReader(in);
    String line = lines.readLine();
    int n = 1;
    while ((line = lines.readLine()) != null) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells.length != 3 || cells[0].isBlank() || cells[1].isBlank()) {
        throw new IllegalStateException("line " + n + ": expected name,work_unit,affair");
      }
      out.add(new Entry(cells[0].strip(), cells[1].strip(), cells[2].strip()));
    }
    return out;
  }

  /** Seeds (or finds) the innovations and their demo proposals, in the entries' order. */
  @ActivateRequestContext
  @Transactional
  public List<Seeded> seed(List<Entry> entries) {
    ProposalForms.Form form = forms.of(FORM);
    String actor = currentUser.actor();
    List<Seeded> out = new ArrayList<>();
    for (Entry e : entries) {
      WorkUnitDirectory.Unit unit =
          workUnits
              .findByCode(e.workUnitCode())
              .orElseThrow(
                  () -> new IllegalStateException("unknown work unit " + e.workUnitCode()));
      UUID innovationId = innovations.seedId(input(e, unit));
      Proposal p =
          proposals.ofInnovation(innovationId).stream()
              .filter(Proposal::demo)
              .findFirst()
              .orElse(null);
      if (p == null) {
        p = new Proposal(innovationId, form.templateId(), form.version(), actor);
        p.markDemo();
        proposals.store(p);
        service.writeVersion(p, sections(form, e, unit), false, actor);
        p.moveTo(ProposalState.SUBMITTED, actor);
        proposals.flush();
        audit.record("SEED", ProposalService.ENTITY, p.id(), "demo proposal for " + e.name());
      }
      out.add(new Seeded(p.id(), innovationId, unit.id(), e.name()));
    }
    return out;
  }

  private static InnovationInput input(Entry e, WorkUnitDirectory.Unit unit) {
    return new InnovationInput(
        e.name(),
        unit.id(),
        null,
        "penerapan",
        "non-digital",
        "pelayanan-publik",
        "perangkat-daerah",
        e.affair(),
        List.of(),
        LocalDate.of(2024, 3, 1),
        LocalDate.of(2024, 9, 2),
        BigDecimal.valueOf(25_000_000L + Math.floorMod(e.name().hashCode(), 40) * 5_000_000L),
        "Data demo: " + e.name() + " memperbaiki layanan bagi warga.",
        "Data demo: warga dilayani lebih cepat dan lebih dekat.",
        "Data demo: hasil diukur setiap triwulan sejak penerapan.",
        null,
        null,
        null,
        null,
        null,
        false);
  }

  private static Map<String, SectionContent> sections(
      ProposalForms.Form form, Entry e, WorkUnitDirectory.Unit unit) {
    Map<String, SectionContent> out = new LinkedHashMap<>();
    for (var s : form.body().sections()) {
      String title =
          s.title() == null ? s.id() : s.title().in(java.util.Locale.forLanguageTag("id"));
      String text =
          "Data demo. Bagian \""
              + title
              + "\" dari proposal "
              + e.name()
              + " yang diterapkan oleh "
              + unit.name()
              + " sejak tahun 2024. Inovasi ini lahir dari keluhan warga tentang layanan yang lambat"
              + " dan jauh. Tim mengukur waktu layanan sebelum dan sesudah penerapan, melibatkan"
              + " warga dalam uji coba, dan mencatat hasilnya setiap triwulan. Anggaran berasal"
              + " dari APBD dan swadaya warga; perawatan dijadwalkan dalam rencana kerja tahunan.";
      int min = s.minWords() == null ? 0 : s.minWords();
      StringBuilder body = new StringBuilder(text);
      while (body.toString().split("\\s+").length < min) {
        body.append(" Warga dan perangkat daerah terus menilai manfaatnya bersama.");
      }
      out.put(s.id(), new SectionContent(body.toString(), Map.of()));
    }
    return out;
  }
}
