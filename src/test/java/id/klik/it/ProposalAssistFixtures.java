package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

/**
 * A proposal (KIPP or IID profile form) of a new innovation of Akcaya's team, written by its
 * innovator.
 */
final class ProposalAssistFixtures {

  private ProposalAssistFixtures() {}

  static String kippProposal(String name) {
    return proposal(name, "kipp-proposal@2021.1");
  }

  /**
   * A proposal in the IID innovation profile form (it asks for a budget and a business profile).
   */
  static String iidProposal(String name) {
    return proposal(name, "iid-innovation-profile@2023.1");
  }

  private static String proposal(String name, String form) {
    String innovator = Api.token("inovator.pontianak", "pontianak");
    JsonObject team =
        Api.get("/t/pontianak/api/teams?q=Akcaya", innovator)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    String body =
        InnovationFixtures.body(
                InnovationFixtures.unique(name), team.getString("workUnitId"), false)
            .replaceFirst("\\{", "{\"teamId\":\"" + team.getString("id") + "\",");
    Api.Reply innovation = Api.post("/t/pontianak/api/innovations", innovator, body);
    assertThat(innovation.status()).as(innovation.body()).isEqualTo(201);
    Api.Reply p =
        Api.post(
            "/t/pontianak/api/proposals",
            innovator,
            "{\"innovationId\":\""
                + innovation.json().getString("id")
                + "\",\"form\":\""
                + form
                + "\"}");
    assertThat(p.status()).as(p.body()).isEqualTo(201);
    return p.json().getString("id");
  }
}
