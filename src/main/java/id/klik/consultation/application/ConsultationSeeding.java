package id.klik.consultation.application;

import id.klik.consultation.domain.ActionItem;
import id.klik.consultation.domain.Availability;
import id.klik.consultation.domain.Consultation;
import id.klik.consultation.domain.Slot;
import id.klik.consultation.domain.WeeklySlot;
import id.klik.consultation.infrastructure.AvailabilityRepository;
import id.klik.consultation.infrastructure.ConsultationRepository;
import id.klik.people.application.TeamDirectory;
import id.klik.people.application.TeamView;
import id.klik.tenancy.application.TenantContext;
import id.klik.tenancy.application.TenantSeeding;
import id.klik.tenancy.domain.TenantManifest;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Seeds demo consultations when the manifest says {@code seed.consultations: true}: for each of its
 * teams and each mentor of the clinic (local and accepted national ones), a past confirmed
 * consultation with notes and action items and an upcoming confirmed one, all marked demo; mentors
 * without availability get two weekly slots. A team that has demo consultations is left alone, so
 * every reconcile may run it again. Runs after the teams and mentors are seeded. No mail: nobody
 * asked for these.
 */
@ApplicationScoped
public class ConsultationSeeding {

  private static final Logger LOG = Logger.getLogger(ConsultationSeeding.class.getName());

  @Inject ConsultationRepository consultations;
  @Inject AvailabilityRepository availability;
  @Inject TeamDirectory teams;
  @Inject Mentors mentors;

  /**
   * Transactional itself: Weld does not intercept {@link #seedDemo} when this (already intercepted)
   * method calls it on {@code this}, and without a transaction the tenant's search path is not kept
   * (onboarding failed with "relation mentor_availability does not exist").
   */
  @ActivateRequestContext
  @Transactional
  void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 995) TenantSeeding seeding) {
    if (seeding.folder() == null || !wanted(seeding.folder())) {
      return;
    }
    int added = seedDemo(seeding.manifest());
    LOG.info(() -> "seeded demo consultations: " + added);
  }

  @Transactional
  public int seedDemo(TenantManifest manifest) {
    ZoneId zone = TenantContext.require().timeZone().zone();
    String slug = TenantContext.require().slug();
    List<Mentors.Mentor> all = mentors.all();
    int i = 0;
    for (Mentors.Mentor m : all) {
      if (availability.of(m.username(), m.national(), zone).weekly().isEmpty()
          && availability.of(m.username(), m.national(), zone).once().isEmpty()) {
        DayOfWeek first = m.national() ? DayOfWeek.MONDAY : DayOfWeek.TUESDAY;
        availability.replace(
            m.username(),
            m.national(),
            new Availability(
                zone,
                List.of(
                    new WeeklySlot(first, LocalTime.of(10, 0), 60),
                    new WeeklySlot(first.plus(2), LocalTime.of(10, 0), 60)),
                List.of()));
      }
    }
    int added = 0;
    for (TenantManifest.Team t : manifest.teams()) {
      TeamView team = teams.findByName(t.name()).orElse(null);
      if (team == null
          || consultations.ofTeams(List.of(team.id())).stream().anyMatch(Consultation::demo)) {
        continue;
      }
      for (Mentors.Mentor m : all) {
        if (!m.serves(team.id())) {
          continue;
        }
        LocalDate today = LocalDate.now(zone);
        // a past session two weeks ago, an upcoming one next week; hours apart per mentor and team
        int hour = 13 + (i % 4);
        Instant past =
            today
                .minusWeeks(2)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY))
                .atTime(hour, 0)
                .atZone(zone)
                .toInstant();
        Instant next =
            today
                .with(TemporalAdjusters.next(DayOfWeek.FRIDAY))
                .atTime(hour, 0)
                .atZone(zone)
                .toInstant();
        i++;
        String requester = team.leader().username();
        Consultation done =
            new Consultation(
                team.id(),
                null,
                "Demo: peta empati dan definisi masalah",
                m.username(),
                m.national(),
                List.of(past),
                60,
                requester);
        done.confirm(Slot.of(past, 60), m.username());
        done.writeNotes(
            "Demo: tim memetakan pengguna layanan dan merumuskan masalah utama; data antrean"
                + " perlu dilengkapi.",
            "Konsultasi lanjutan setelah uji coba prototipe.");
        done.markDemo();
        Consultation upcoming =
            new Consultation(
                team.id(),
                null,
                "Demo: rancangan prototipe layanan",
                m.username(),
                m.national(),
                List.of(next),
                60,
                requester);
        upcoming.confirm(Slot.of(next, 60), m.username());
        upcoming.markDemo();
        consultations.store(done);
        consultations.store(upcoming);
        consultations.flush();
        consultations.replaceActionItems(
            done.id(),
            List.of(
                new ActionItem(
                    done.id(),
                    0,
                    "Lengkapi data antrean tiga bulan terakhir",
                    team.leader().name(),
                    today.plusDays(7),
                    false),
                new ActionItem(
                    done.id(),
                    1,
                    "Wawancara lima pengguna layanan",
                    team.leader().name(),
                    null,
                    true)));
        if (m.national()) {
          consultations.bookNationally(m.username(), Slot.of(past, 60), slug, done.id());
          consultations.bookNationally(m.username(), Slot.of(next, 60), slug, upcoming.id());
        }
        added += 2;
      }
    }
    return added;
  }

  private static boolean wanted(Path folder) {
    Path manifest = folder.resolve("tenant.yaml");
    if (!Files.isRegularFile(manifest)) {
      return false;
    }
    try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
      Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      return doc instanceof Map<?, ?> top
          && top.get("seed") instanceof Map<?, ?> seed
          && Boolean.TRUE.equals(seed.get("consultations"));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + manifest + ": " + e.getMessage(), e);
    }
  }
}
