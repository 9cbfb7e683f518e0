package id.klik.innovation.web;

import static id.klik.shared.web.Notices.text;

import id.klik.innovation.application.InnovationReplications;
import id.klik.innovation.application.ReplicationService;
import id.klik.innovation.application.ReplicationView;
import id.klik.innovation.application.Replications;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.web.Notices;
import id.klik.tenancy.application.TenantBound;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Wires the replication tab of an innovation's page: whether it is shared, how many regions
 * replicated it, its links with the answers and ends this side may give, and the way to the
 * directory to declare that it replicates another region's innovation.
 */
@Named
@ViewScoped
@TenantBound
public class ReplicationTab implements Serializable {

  @Inject ReplicationService service;
  @Inject Replications replications;

  private UUID innovationId;
  private InnovationReplications shown;
  private List<LinkRow> links = List.of();

  /** A link as this side sees it. */
  public record LinkRow(
      UUID id,
      String relation,
      String state,
      String stateCode,
      String otherName,
      String otherRegion,
      boolean demo,
      boolean mayAnswer,
      boolean mayEnd)
      implements Serializable {

    static LinkRow of(ReplicationView v) {
      return new LinkRow(
          v.id(),
          text("replication.side." + v.side().name()),
          text("replication.state." + v.state().name()),
          v.state().name(),
          v.other().name(),
          v.other().region(),
          v.demo(),
          v.mayAnswer(),
          v.mayEnd());
    }
  }

  @PostConstruct
  void open() {
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    try {
      innovationId = UUID.fromString(id == null ? "" : id);
      load();
    } catch (IllegalArgumentException | NotFoundException e) {
      shown = null; // the page itself answers 404
    }
  }

  private void load() {
    shown = service.of(innovationId);
    links = shown.links().stream().map(LinkRow::of).toList();
  }

  public void confirm(UUID link) {
    act(replications::confirm, link, "replication.confirmedNotice");
  }

  public void decline(UUID link) {
    act(replications::decline, link, "replication.declinedNotice");
  }

  public void end(UUID link) {
    act(replications::end, link, "replication.endedNotice");
  }

  private void act(Function<UUID, ReplicationView> action, UUID link, String notice) {
    try {
      action.apply(link);
      Notices.info(notice);
    } catch (KlikException e) {
      Notices.error(e);
    }
    load();
  }

  public boolean isLoaded() {
    return shown != null;
  }

  public boolean isShared() {
    return shown != null && shown.innovation().shared();
  }

  public boolean isMayEdit() {
    return shown != null && shown.mayEdit();
  }

  public long getCount() {
    return shown == null ? 0 : shown.regionsReplicating();
  }

  public List<LinkRow> getLinks() {
    return links;
  }

  public String getInnovationId() {
    return innovationId == null ? "" : innovationId.toString();
  }
}
