package id.klik.people.web;

import java.io.Serializable;

/** One entry of a picker: the value sent and the text shown. */
public record Choice(String value, String label) implements Serializable {

  public String getValue() {
    return value;
  }

  public String getLabel() {
    return label;
  }
}
