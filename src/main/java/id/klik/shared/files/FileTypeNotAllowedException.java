package id.klik.shared.files;

import id.klik.shared.domain.KlikException;

/** The file's content (not its name) is of a type this use does not accept. */
public class FileTypeNotAllowedException extends KlikException {

  public FileTypeNotAllowedException(String detected, FileRules rules) {
    super(
        "files.typeNotAllowed",
        detected,
        String.join(", ", new java.util.TreeSet<>(rules.allowedTypes())));
  }

  @Override
  public int status() {
    return 415;
  }
}
