package id.klik.innovation.application;

import id.klik.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** STUB of the innovation core contract; replaced by main's file at the merge. */
@ApplicationScoped
public class InnovationAccess {

  public InnovationRef readable(UUID id) {
    throw new NotFoundException("innovation", id);
  }

  public InnovationRef editable(UUID id) {
    throw new NotFoundException("innovation", id);
  }

  public boolean mayEdit(UUID id) {
    return false;
  }
}
