package id.klik.innovation.application;

import java.io.IOException;
import java.io.InputStream;

/**
 * An upload as it arrives: a multipart body read part by part (the API) or a file with the fields
 * chosen beside it (the page). The file may come before or after the other fields; the vault stores
 * the file as it streams and decides its item when everything is read, all in one transaction.
 *
 * <p>Fields: {@code indicator} (an indicator id of the index model), {@code slot} ({@code budget},
 * {@code business-profile}), {@code evidenceId} (the item to add a version to), {@code title}.
 */
public interface EvidenceUpload {

  /** Receives the file: the name the person's computer gave it and its content. */
  @FunctionalInterface
  interface FileSink {
    void accept(String filename, InputStream content) throws IOException;
  }

  /** Receives a text field. */
  @FunctionalInterface
  interface FieldSink {
    void accept(String name, String value);
  }

  /**
   * Reads the whole upload, handing the file and each field to the sinks in the order they come.
   */
  void read(FileSink file, FieldSink field) throws IOException;

  /** A file with its fields already known (the page). */
  static EvidenceUpload of(
      String filename,
      InputStream content,
      String indicator,
      String slot,
      String evidenceId,
      String title) {
    return (file, field) -> {
      field.accept("indicator", indicator);
      field.accept("slot", slot);
      field.accept("evidenceId", evidenceId);
      field.accept("title", title);
      file.accept(filename, content);
    };
  }
}
