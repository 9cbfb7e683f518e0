package id.klik.guideline.domain.merge;

import java.util.Map;

/**
 * The words for the lists and fields of templates, so that a change reads "langkah 'Rapat perdana'"
 * instead of "phases[0].steps[1]". Unknown names are shown as written.
 */
final class ChangeVocabulary {

  private static final Map<String, String[]> ITEMS =
      Map.ofEntries(
          Map.entry("phases", new String[] {"fase", "phase"}),
          Map.entry("steps", new String[] {"langkah", "step"}),
          Map.entry("checklist", new String[] {"butir daftar periksa", "checklist item"}),
          Map.entry("services", new String[] {"layanan", "service"}),
          Map.entry("stages", new String[] {"tahap", "stage"}),
          Map.entry("artifacts", new String[] {"artefak", "artifact"}),
          Map.entry("questions", new String[] {"pertanyaan", "question"}),
          Map.entry("sections", new String[] {"bagian", "section"}),
          Map.entry("fields", new String[] {"isian", "field"}),
          Map.entry("options", new String[] {"pilihan", "option"}),
          Map.entry("attachments", new String[] {"lampiran", "attachment"}),
          Map.entry("accept", new String[] {"jenis berkas", "file type"}),
          Map.entry("criteria", new String[] {"kriteria", "criterion"}),
          Map.entry("descriptors", new String[] {"deskriptor", "descriptor"}),
          Map.entry("levels", new String[] {"tingkat", "level"}),
          Map.entry("activities", new String[] {"kegiatan", "activity"}),
          Map.entry("outputs", new String[] {"keluaran", "output"}),
          Map.entry("aspects", new String[] {"aspek", "aspect"}),
          Map.entry("indicators", new String[] {"indikator", "indicator"}),
          Map.entry("measures", new String[] {"ukuran", "measure"}),
          Map.entry("categories", new String[] {"kategori", "category"}),
          Map.entry("affairs", new String[] {"urusan", "government affair"}),
          Map.entry("legalBasis", new String[] {"dasar hukum", "legal basis"}),
          Map.entry("notes", new String[] {"catatan", "note"}),
          Map.entry("forms", new String[] {"formulir", "form"}),
          Map.entry("rubrics", new String[] {"rubrik", "rubric"}),
          Map.entry("programs", new String[] {"program", "program"}));

  private static final Map<String, String[]> FIELDS =
      Map.ofEntries(
          Map.entry("title", new String[] {"judul", "title"}),
          Map.entry("summary", new String[] {"ringkasan", "summary"}),
          Map.entry("guidance", new String[] {"panduan", "guidance"}),
          Map.entry("text", new String[] {"teks", "text"}),
          Map.entry("label", new String[] {"label", "label"}),
          Map.entry("weight", new String[] {"bobot", "weight"}),
          Map.entry("weightTotal", new String[] {"total bobot", "weight total"}),
          Map.entry("required", new String[] {"wajib", "required"}),
          Map.entry("minWords", new String[] {"jumlah kata minimum", "minimum words"}),
          Map.entry("maxWords", new String[] {"jumlah kata maksimum", "maximum words"}),
          Map.entry("responsibleRole", new String[] {"penanggung jawab", "responsible role"}),
          Map.entry("program", new String[] {"program", "program"}),
          Map.entry("type", new String[] {"jenis", "type"}),
          Map.entry("score", new String[] {"skor", "score"}),
          Map.entry("description", new String[] {"uraian", "description"}),
          Map.entry("evidence", new String[] {"bukti dukung", "evidence"}),
          Map.entry("month", new String[] {"bulan", "month"}),
          Map.entry("durationMonths", new String[] {"lama (bulan)", "duration (months)"}),
          Map.entry("durationDays", new String[] {"lama (hari)", "duration (days)"}),
          Map.entry("mode", new String[] {"cara pelaksanaan", "mode"}),
          Map.entry("maxScore", new String[] {"nilai maksimal", "maximum score"}),
          Map.entry("minScore", new String[] {"nilai minimal", "minimum score"}),
          Map.entry("minimum", new String[] {"batas minimum", "minimum"}),
          Map.entry("journey", new String[] {"alur inovasi", "innovation journey"}),
          Map.entry("indexModel", new String[] {"model indeks", "index model"}),
          Map.entry("source", new String[] {"sumber", "source note"}),
          Map.entry("maxSizeMb", new String[] {"ukuran maksimal (MB)", "maximum size (MB)"}),
          Map.entry("format", new String[] {"bentuk", "format"}));

  private ChangeVocabulary() {}

  static String itemNoun(String listName, boolean indonesian) {
    String[] words = ITEMS.get(listName);
    if (words == null) {
      return indonesian ? "butir " + listName : listName + " item";
    }
    return words[indonesian ? 0 : 1];
  }

  static String fieldName(String field, boolean indonesian) {
    String[] words = FIELDS.get(field);
    return words == null ? field : words[indonesian ? 0 : 1];
  }
}
