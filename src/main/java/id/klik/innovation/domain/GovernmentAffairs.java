package id.klik.innovation.domain;

import id.klik.shared.domain.LocalizedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The master list of government affairs, read once from {@code innovation/government-affairs.tsv}
 * (every affair of UU 23/2014, grouped). The list is data, not code: a corrected name or a new
 * affair is a change of that file.
 */
public final class GovernmentAffairs {

  private static final String RESOURCE = "/innovation/government-affairs.tsv";
  private static final GovernmentAffairs MASTER = load();

  private final Map<String, GovernmentAffair> byCode;

  GovernmentAffairs(List<GovernmentAffair> affairs) {
    Map<String, GovernmentAffair> map = new LinkedHashMap<>();
    for (GovernmentAffair a : affairs) {
      if (map.put(a.code(), a) != null) {
        throw new IllegalStateException("government affair listed twice: " + a.code());
      }
    }
    this.byCode = map;
  }

  public static GovernmentAffairs master() {
    return MASTER;
  }

  /** Every affair, in the order of the law: basic services first. */
  public List<GovernmentAffair> all() {
    return List.copyOf(byCode.values());
  }

  public Optional<GovernmentAffair> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  public boolean known(String code) {
    return code != null && byCode.containsKey(code);
  }

  /** The six basic-service affairs. */
  public List<GovernmentAffair> basicServices() {
    return byCode.values().stream().filter(GovernmentAffair::basicService).toList();
  }

  static GovernmentAffairs parse(InputStream in) throws IOException {
    List<GovernmentAffair> affairs = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != 4) {
          throw new IllegalStateException(RESOURCE + " line " + number + ": expected 4 columns");
        }
        affairs.add(
            new GovernmentAffair(
                cells[1].trim(),
                cells[0].trim(),
                LocalizedText.of(cells[2].trim(), cells[3].trim())));
      }
    }
    return new GovernmentAffairs(affairs);
  }

  private static GovernmentAffairs load() {
    try (InputStream in = GovernmentAffairs.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE);
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
