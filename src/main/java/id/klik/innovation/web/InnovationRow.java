package id.klik.innovation.web;

import id.klik.innovation.application.InnovationSearch;
import id.klik.innovation.domain.InnovationSummary;
import id.klik.shared.web.Notices;
import java.io.Serializable;
import java.time.LocalDate;

/** A line of the portfolio list, with its labels in the person's language. */
public record InnovationRow(
    String id,
    String name,
    String workUnit,
    String team,
    String stage,
    String affair,
    String year,
    String summary)
    implements Serializable {

  static InnovationRow of(InnovationSearch.Hit hit) {
    InnovationSummary i = hit.innovation();
    LocalDate date = i.applicationDate() != null ? i.applicationDate() : i.trialDate();
    return new InnovationRow(
        i.id().toString(),
        i.name(),
        hit.workUnitName(),
        hit.teamName(),
        Notices.text("innovation.stage." + i.stage()),
        ProfileChoices.affairName(i.primaryAffair()),
        date == null ? "" : Integer.toString(date.getYear()),
        i.summary());
  }
}
