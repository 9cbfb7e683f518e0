package id.klik.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API. Tenant endpoints are reached as {@code /t/{slug}/api/...} (or {@code /api/...} on
 * the tenant's own host); platform endpoints as {@code /api/platform/...}. Every call carries a
 * Keycloak access token: {@code Authorization: Bearer ...}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "KLIK API",
            version = "1",
            description =
                "Innovation clinic platform. Tenant endpoints: /t/{slug}/api/…; platform"
                    + " endpoints: /api/platform/…. Errors are JSON with a message in the"
                    + " caller's language (Accept-Language: id or en)."),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class KlikApi extends Application {}
