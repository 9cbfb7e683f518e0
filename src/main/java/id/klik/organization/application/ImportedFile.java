package id.klik.organization.application;

import id.klik.organization.domain.WorkUnitImport;
import id.klik.shared.files.StoredBlob;

/** An import of the history with the facts of its file. */
public record ImportedFile(WorkUnitImport record, StoredBlob file) {}
