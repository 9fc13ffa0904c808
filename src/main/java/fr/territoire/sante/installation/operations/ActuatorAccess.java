package fr.territoire.sante.installation.operations;

import fr.territoire.sante.installation.identity.Groups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may read the management endpoints: anyone may ask the two probes an orchestrator needs, which
 * say UP or not and nothing more; everything else under /actuator (health details, Prometheus
 * metrics) needs HTTP Basic credentials of a Camunda user in {@code camunda-admin} or
 * {@code pilotage}. The figures hold no personal data, but they describe the service.
 */
class ActuatorAccess extends OncePerRequestFilter {

    static final Set<String> PUBLIC = Set.of("/actuator/health/liveness", "/actuator/health/readiness");
    static final List<String> ALLOWED_GROUPS = List.of(Groups.ADMIN, Groups.PILOTAGE);

    private final IdentityService identityService;

    ActuatorAccess(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (PUBLIC.contains(path)) {
            chain.doFilter(request, response);
            return;
        }
        String user = authenticatedUser(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (user == null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"supervision\", charset=\"UTF-8\"");
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Identifiant ou mot de passe requis (HTTP Basic).");
            return;
        }
        boolean allowed = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).anyMatch(ALLOWED_GROUPS::contains);
        if (!allowed) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Réservé aux groupes camunda-admin et pilotage.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The user whose Basic credentials are valid, or null; the engine's own login throttling applies. */
    private String authenticatedUser(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String user = decoded.substring(0, colon);
        return identityService.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"message\":\"" + message + "\"}");
    }
}
