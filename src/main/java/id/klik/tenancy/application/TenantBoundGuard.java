package id.klik.tenancy.application;

import id.klik.shared.domain.NotFoundException;
import id.klik.tenancy.domain.TenantRef;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import java.util.Optional;

/**
 * Enforces {@link TenantBound}: one guard per bean instance, holding the tenant the bean was
 * created in; every call under another tenant (or none) fails with a 404, before the bean runs.
 */
@TenantBound
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class TenantBoundGuard implements Serializable {

  private static final long serialVersionUID = 1L;

  private String boundTo;

  /** Created inside the tenant whose data the bean loads in its own {@code @PostConstruct}. */
  @PostConstruct
  void bind(InvocationContext creation) throws Exception {
    boundTo = TenantContext.require().slug();
    creation.proceed();
  }

  @AroundInvoke
  Object check(InvocationContext call) throws Exception {
    if (boundTo == null) {
      boundTo = TenantContext.require().slug();
    }
    requireSame(boundTo, TenantContext.current());
    return call.proceed();
  }

  /** The rule, on its own: a bean bound to {@code boundTo} may run only in that tenant. */
  static void requireSame(String boundTo, Optional<TenantRef> current) {
    if (current.isEmpty() || !current.get().slug().equals(boundTo)) {
      throw new NotFoundException("view", boundTo);
    }
  }
}
