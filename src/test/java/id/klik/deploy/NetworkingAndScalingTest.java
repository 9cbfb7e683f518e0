package id.klik.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.Role;
import org.junit.jupiter.api.Test;

/** How traffic reaches the app, and how the app scales and survives disruptions. */
class NetworkingAndScalingTest {

  @Test
  void routesTheBaseDomainAndEveryTenantHostToTheApp() {
    var ingress = HelmChart.template().render().one("Ingress", Ingress.class);

    assertThat(ingress.getSpec().getRules())
        .extracting(IngressRule::getHost)
        .containsExactly("klik.example.go.id", "*.klik.example.go.id");
    assertThat(ingress.getSpec().getRules())
        .allSatisfy(
            r ->
                assertThat(r.getHttp().getPaths().get(0).getBackend().getService().getName())
                    .isEqualTo("klik"));
  }

  @Test
  void terminatesTlsForTheBaseDomainAndTheWildcard() {
    var ingress = HelmChart.template().render().one("Ingress", Ingress.class);

    assertThat(ingress.getSpec().getTls())
        .singleElement()
        .satisfies(
            tls -> {
              assertThat(tls.getSecretName()).isEqualTo("klik-tls");
              assertThat(tls.getHosts())
                  .containsExactly("klik.example.go.id", "*.klik.example.go.id");
            });
  }

  @Test
  void keepsABrowserOnItsPodInTheProductionExample() {
    var ingress =
        HelmChart.template()
            .values(HelmChart.PRODUCTION_VALUES)
            .render()
            .one("Ingress", Ingress.class);

    // login state lives in one pod's HTTP session unless session replication is on
    assertThat(ingress.getMetadata().getAnnotations())
        .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");
  }

  @Test
  void exposesTheAppsHttpPortThroughTheService() {
    var service = HelmChart.template().render().one("Service", Service.class);

    assertThat(service.getSpec().getPorts())
        .singleElement()
        .satisfies(p -> assertThat(p.getTargetPort()).isEqualTo(new IntOrString("http")));
  }

  @Test
  void scalesOnCpuWhenAutoscalingIsOn() {
    var manifests = HelmChart.template().values(HelmChart.OPERATORS_VALUES).render();
    var hpa = manifests.one("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);

    assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("klik");
    assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
    assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(5);
    // the autoscaler owns the replica count: a fixed one would fight it on every upgrade
    assertThat(manifests.one("Deployment", Deployment.class).getSpec().getReplicas()).isNull();
  }

  @Test
  void neverLetsAVoluntaryDisruptionTakeMoreThanOnePod() {
    var pdb = HelmChart.template().render().one("PodDisruptionBudget", PodDisruptionBudget.class);

    assertThat(pdb.getSpec().getMaxUnavailable()).isEqualTo(new IntOrString(1));
    assertThat(pdb.getSpec().getSelector().getMatchLabels())
        .containsEntry("app.kubernetes.io/component", "app");
  }

  @Test
  void admitsOnlyHttpAndLetsOutOnlyWhatTheAppCalls() {
    var policy = HelmChart.template().render().one("NetworkPolicy", NetworkPolicy.class);

    assertThat(policy.getSpec().getPolicyTypes()).containsExactly("Ingress", "Egress");
    assertThat(policy.getSpec().getIngress())
        .singleElement()
        .satisfies(
            rule ->
                assertThat(rule.getPorts())
                    .singleElement()
                    .satisfies(p -> assertThat(p.getPort()).isEqualTo(new IntOrString("http"))));
    assertThat(policy.getSpec().getEgress())
        .flatExtracting(rule -> rule.getPorts())
        .extracting(p -> p.getPort().getIntVal())
        .contains(53, 5432, 443);
  }

  @Test
  void createsAServiceAccountWithoutAToken() {
    var account = HelmChart.template().render().one("ServiceAccount", ServiceAccount.class);

    assertThat(account.getAutomountServiceAccountToken()).isFalse();
  }

  @Test
  void grantsHazelcastDiscoveryOnlyReadAccessWhenSessionsAreReplicated() {
    var manifests = HelmChart.template().values(HelmChart.OPERATORS_VALUES).render();

    assertThat(manifests.one("Role", Role.class).getRules())
        .allSatisfy(rule -> assertThat(rule.getVerbs()).containsExactlyInAnyOrder("get", "list"));
    assertThat(
            manifests
                .one("Deployment", Deployment.class)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getArgs())
        .containsSequence("--clustermode", "kubernetes:klik,klik-hazelcast");
  }
}
