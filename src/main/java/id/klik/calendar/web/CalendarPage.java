package id.klik.calendar.web;

import id.klik.calendar.application.CalendarEvent;
import id.klik.calendar.application.Calendars;
import id.klik.calendar.application.FeedTokens;
import id.klik.calendar.application.Ics;
import id.klik.calendar.domain.FeedRange;
import id.klik.identity.application.CurrentUser;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.shared.web.Notices;
import id.klik.tenancy.application.TenantBound;
import id.klik.tenancy.application.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.ScheduleModel;
import org.primefaces.model.StreamedContent;

/**
 * Wires the clinic calendar ({@code /t/<slug>/calendar}) to every calendar source: a month view of
 * the clinic's events, the .ics download, and the person's own feed (make, revoke, the URL shown
 * once).
 */
@Named
@ViewScoped
@TenantBound
public class CalendarPage implements Serializable {

  @Inject Calendars calendars;
  @Inject FeedTokens tokens;
  @Inject CurrentUser currentUser;
  @Inject Ics ics;
  @Inject KlikConfig config;

  private ScheduleModel model;
  private String zone;
  private boolean feedActive;
  private String feedUrl;
  private List<CalendarEvent> events = List.of();

  @PostConstruct
  void load() {
    ZoneId z = TenantContext.require().timeZone().zone();
    zone = z.getId();
    FeedRange range = FeedRange.around(LocalDate.now(z));
    events = calendars.clinic(range.from(), range.to());
    DefaultScheduleModel m = new DefaultScheduleModel();
    for (CalendarEvent e : events) {
      m.addEvent(
          DefaultScheduleEvent.builder()
              .id(e.uid())
              .title(e.summary())
              .description(e.location())
              .startDate(e.start().withZoneSameInstant(z).toLocalDateTime())
              .endDate(e.end().withZoneSameInstant(z).toLocalDateTime())
              .url(e.url())
              .styleClass(e.cancelled() ? "session-cancelled" : null)
              .build());
    }
    model = m;
    feedActive = tokens.liveSince(currentUser.actor()).isPresent();
  }

  public void renewFeed() {
    String secret = tokens.renew(currentUser.actor());
    feedUrl = base() + "/calendar/" + secret + ".ics";
    feedActive = true;
    Notices.info("calendar.feed.made");
  }

  public void revokeFeed() {
    tokens.revoke(currentUser.actor());
    feedUrl = null;
    feedActive = false;
    Notices.info("calendar.feed.revoked");
  }

  private String base() {
    return config
        .publicUrl()
        .orElseGet(
            () -> {
              ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
              HttpServletRequest req = (HttpServletRequest) external.getRequest();
              String url = req.getRequestURL().toString();
              return url.substring(0, url.length() - req.getRequestURI().length())
                  + req.getContextPath();
            });
  }

  public StreamedContent getClinicFile() {
    byte[] body = ics.publish(events, ZoneId.of(zone));
    return DefaultStreamedContent.builder()
        .name(TenantContext.require().slug() + "-clinic.ics")
        .contentType(Ics.CONTENT_TYPE)
        .stream(() -> new ByteArrayInputStream(body))
        .build();
  }

  public ScheduleModel getModel() {
    return model;
  }

  public String getZone() {
    return zone;
  }

  public boolean isFeedActive() {
    return feedActive;
  }

  public String getFeedUrl() {
    return feedUrl;
  }

  public int getEventCount() {
    return events.size();
  }
}
