package id.klik.files.infrastructure;

import id.klik.shared.files.BlobStore;
import id.klik.shared.files.FileRules;
import id.klik.shared.files.StoredBlob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Optional;

/** The app's {@link BlobStore}: the JDBC store on the current tenant's JTA connections. */
@ApplicationScoped
public class TenantBlobStore implements BlobStore {

  @Inject JtaTenantConnections connections;

  private BlobStore store() {
    return new JdbcBlobStore(connections);
  }

  @Override
  public StoredBlob store(InputStream content, String filename, FileRules rules) {
    return store().store(content, filename, rules);
  }

  @Override
  public Optional<StoredBlob> find(String sha256) {
    return store().find(sha256);
  }

  @Override
  public InputStream open(String sha256) {
    return store().open(sha256);
  }
}
