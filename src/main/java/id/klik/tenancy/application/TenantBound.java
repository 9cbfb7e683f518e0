package id.klik.tenancy.application;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean that lives longer than a request ({@code @ViewScoped} pages) and holds one tenant's
 * data: it remembers the tenant it was created in and refuses, with a 404, to be used under
 * another. A view's state travels in the session, so without this a page opened in one tenant could
 * be posted back under another tenant's address and show or act on the first one's rows.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TenantBound {}
