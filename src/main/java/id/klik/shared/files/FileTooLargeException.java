package id.klik.shared.files;

import id.klik.shared.domain.KlikException;

/** A file over the size limit; nothing of it was kept. */
public class FileTooLargeException extends KlikException {

  public FileTooLargeException(FileRules rules) {
    super("files.tooLarge", rules.maxMegabytes());
  }

  @Override
  public int status() {
    return 413;
  }
}
