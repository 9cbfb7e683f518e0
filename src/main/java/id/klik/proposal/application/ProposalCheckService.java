package id.klik.proposal.application;

import id.klik.proposal.domain.ProposalChecks;
import id.klik.shared.domain.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.UUID;

/** Runs the deterministic checks on a proposal's newest version. */
@ApplicationScoped
public class ProposalCheckService {

  @Inject ProposalAccess access;
  @Inject ProposalViews views;

  @Transactional
  public CheckView check(UUID id, Locale locale) {
    var seen = access.readable(id);
    ProposalChecks.Result result = views.material(seen.proposal()).check();
    return new CheckView(
        result.completeness(),
        result.done(),
        result.required(),
        result.findings().stream()
            .map(f -> new CheckView.Item(f, Messages.get(locale, f.code(), f.args().toArray())))
            .toList());
  }
}
