package id.klik.guideline.domain.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** A criterion of a rubric: its title and weight. Guidance and descriptors are kept as they are. */
public final class CriterionEdit extends ItemEdit {

  private static final long serialVersionUID = 1L;

  private final TextEdit title;
  private final BigDecimal readWeight;
  private BigDecimal weight;

  private CriterionEdit(String id, JsonNode node) {
    super(id);
    this.title = TextEdit.of(node.get("title"));
    this.readWeight = node.path("weight").isNumber() ? node.get("weight").decimalValue() : null;
    this.weight = readWeight;
  }

  static CriterionEdit read(JsonNode node) {
    return new CriterionEdit(node.path("id").asText(), node);
  }

  static CriterionEdit create() {
    return new CriterionEdit(null, MissingNode.getInstance());
  }

  public TextEdit getTitle() {
    return title;
  }

  /** The weight; null while it is not written. */
  public BigDecimal getWeight() {
    return weight;
  }

  public void setWeight(BigDecimal weight) {
    this.weight = weight;
  }

  @Override
  String idSource() {
    return title.getId();
  }

  @Override
  String idFallback() {
    return "criterion";
  }

  @Override
  void writeTo(ObjectNode node) {
    title.writeTo(node, "title", false, "weight", "guidance", "descriptors");
    if (weight == null) {
      node.remove("weight");
    } else if (readWeight == null || weight.compareTo(readWeight) != 0) {
      ObjectFields.put(node, "weight", number(weight), "guidance", "descriptors");
    }
  }

  private static JsonNode number(BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    if (plain.scale() <= 0 && plain.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
      return IntNode.valueOf(plain.intValueExact());
    }
    return DecimalNode.valueOf(plain);
  }
}
