package id.klik.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Binds rendered documents to fabric8's typed Kubernetes models and rejects unknown fields.
 *
 * <p>fabric8 models never fail on an unknown field: {@code @JsonAnySetter} files it under {@code
 * additionalProperties}. A misspelt {@code readinessprobe} would bind silently and the API server
 * would drop it, so every {@code additionalProperties} in the bound object graph must be empty.
 */
final class StrictModels {

  /** apiVersion/kind of every built-in object the chart may render. */
  static final Map<String, Class<?>> BUILT_IN =
      Map.ofEntries(
          Map.entry("v1/ConfigMap", ConfigMap.class),
          Map.entry("v1/Service", Service.class),
          Map.entry("v1/ServiceAccount", ServiceAccount.class),
          Map.entry("apps/v1/Deployment", Deployment.class),
          Map.entry("batch/v1/Job", Job.class),
          Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
          Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
          Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
          Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
          Map.entry("rbac.authorization.k8s.io/v1/Role", Role.class),
          Map.entry("rbac.authorization.k8s.io/v1/RoleBinding", RoleBinding.class));

  private StrictModels() {}

  static String typeOf(Map<String, Object> document) {
    return document.get("apiVersion") + "/" + document.get("kind");
  }

  static <T> T bind(Map<String, Object> document, Class<T> model) {
    T bound = Manifests.JSON.convertValue(document, model);
    var unknown = unknownFields(bound);
    if (!unknown.isEmpty()) {
      throw new AssertionError(
          typeOf(document) + " " + name(document) + " has fields its schema lacks: " + unknown);
    }
    return bound;
  }

  /** Paths of every field that landed in an {@code additionalProperties} map. */
  static List<String> unknownFields(Object model) {
    var found = new ArrayList<String>();
    collect(model, typeName(model), found);
    return found;
  }

  @SuppressWarnings("unchecked")
  private static void collect(Object value, String path, List<String> found) {
    if (value == null) {
      return;
    }
    if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        collect(item, path + "[" + i++ + "]", found);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((key, item) -> collect(item, path + "[" + key + "]", found));
      return;
    }
    if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
      return;
    }
    for (Class<?> type = value.getClass(); type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        Object fieldValue = read(field, value);
        if (field.getName().equals("additionalProperties")) {
          ((Map<String, Object>) fieldValue)
              .keySet()
              .forEach(unknownKey -> found.add(path + "." + unknownKey));
        } else {
          collect(fieldValue, path + "." + field.getName(), found);
        }
      }
    }
  }

  private static Object read(Field field, Object owner) {
    try {
      field.setAccessible(true);
      Object value = field.get(owner);
      return field.getName().equals("additionalProperties") && value == null ? Map.of() : value;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + field, e);
    }
  }

  private static String typeName(Object model) {
    return model == null ? "null" : model.getClass().getSimpleName();
  }

  @SuppressWarnings("unchecked")
  private static Object name(Map<String, Object> document) {
    return ((Map<String, Object>) document.getOrDefault("metadata", Map.of())).get("name");
  }
}
