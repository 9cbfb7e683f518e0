package id.klik.innovation.web;

import id.klik.innovation.domain.GovernmentAffair;
import id.klik.innovation.domain.GovernmentAffairs;
import id.klik.innovation.domain.ProfileCodes;
import id.klik.shared.web.Notices;
import id.klik.shared.web.RequestInfo;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The closed lists of the profile as choices with their labels in the person's language: codes from
 * {@link ProfileCodes}, affairs from the master list grouped as the law groups them.
 */
final class ProfileChoices {

  private ProfileChoices() {}

  static List<SelectItem> codes(String list, List<String> codes) {
    return codes.stream()
        .map(c -> new SelectItem(c, Notices.text("innovation." + list + "." + c)))
        .toList();
  }

  static List<SelectItem> stages() {
    return codes("stage", ProfileCodes.STAGES);
  }

  static List<SelectItem> kinds() {
    return codes("kind", ProfileCodes.KINDS);
  }

  static List<SelectItem> forms() {
    return codes("form", ProfileCodes.FORMS);
  }

  static List<SelectItem> initiators() {
    return codes("initiator", ProfileCodes.INITIATORS);
  }

  static List<SelectItem> statuses() {
    return codes("status", ProfileCodes.STATUSES);
  }

  /** Every affair in its group, named in the person's language. */
  static List<SelectItem> affairs() {
    Map<String, List<SelectItem>> byGroup = new LinkedHashMap<>();
    for (GovernmentAffair a : GovernmentAffairs.master().all()) {
      byGroup
          .computeIfAbsent(a.group(), g -> new ArrayList<>())
          .add(new SelectItem(a.code(), a.name().in(RequestInfo.locale())));
    }
    List<SelectItem> groups = new ArrayList<>();
    byGroup.forEach(
        (group, items) -> {
          SelectItemGroup g = new SelectItemGroup(Notices.text("innovation.affairGroup." + group));
          g.setSelectItems(items.toArray(SelectItem[]::new));
          groups.add(g);
        });
    return groups;
  }

  static String affairName(String code) {
    return GovernmentAffairs.master()
        .find(code)
        .map(a -> a.name().in(RequestInfo.locale()))
        .orElse(code);
  }
}
