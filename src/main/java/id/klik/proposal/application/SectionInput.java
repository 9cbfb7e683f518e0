package id.klik.proposal.application;

import java.util.Map;

/**
 * A section's new content as a writer sends it.
 *
 * @param fields values of the section's typed fields, by field id (only for sections that have
 *     fields)
 * @param aiAssisted whether the text came (in part) from an AI suggestion: the version is marked
 */
public record SectionInput(String text, Map<String, String> fields, Boolean aiAssisted) {

  /** The longest section text taken, in characters (about 15,000 Indonesian words). */
  public static final int MAX_TEXT = 100_000;

  /** The longest value of one field. */
  public static final int MAX_FIELD = 2_000;
}
