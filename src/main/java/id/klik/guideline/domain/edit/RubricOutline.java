package id.klik.guideline.domain.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The editable part of a rubric template: its criteria and their weights, which must add up to the
 * rubric's weight total (100 unless the rubric says otherwise).
 */
public final class RubricOutline implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The total when a rubric does not name one, as {@code RubricBody} reads it. */
  public static final BigDecimal DEFAULT_WEIGHT_TOTAL = BigDecimal.valueOf(100);

  private final BigDecimal weightTotal;
  private final EditableList<CriterionEdit> criteria;

  private RubricOutline(BigDecimal weightTotal, EditableList<CriterionEdit> criteria) {
    this.weightTotal = weightTotal;
    this.criteria = criteria;
  }

  static RubricOutline read(JsonNode tree) {
    JsonNode total = tree.path("weightTotal");
    return new RubricOutline(
        total.isNumber() ? total.decimalValue() : DEFAULT_WEIGHT_TOTAL,
        EditableList.read(tree.path("criteria"), CriterionEdit::read));
  }

  public EditableList<CriterionEdit> getCriteria() {
    return criteria;
  }

  public BigDecimal getWeightTotal() {
    return weightTotal;
  }

  /** The weights as they are now; a criterion without weight counts as 0. */
  public BigDecimal getWeightSum() {
    return criteria.getItems().stream()
        .map(CriterionEdit::getWeight)
        .filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public boolean isWeightBalanced() {
    return getWeightSum().compareTo(weightTotal) == 0;
  }

  /** Adds a criterion without title and weight at the end and gives it back. */
  public CriterionEdit addCriterion() {
    CriterionEdit criterion = CriterionEdit.create();
    criteria.add(criterion);
    return criterion;
  }

  void writeTo(ObjectNode tree) {
    ObjectFields.put(tree, "criteria", criteria.applyTo(tree.path("criteria")));
  }
}
