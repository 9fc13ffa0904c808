package fr.territoire.sante.installation.signin;

import fr.territoire.sante.installation.identity.Groups;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.DelegatingLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for everything a member of staff opens in a browser: our pages, Tasklist, Cockpit and
 * Admin. Spring Security owns the login page ({@code /connexion}) and the session; the webapps trust it
 * through Camunda's container-based authentication ({@link WebappsSingleSignOn}). Signing out, from our
 * pages or from a webapp's menu, ends that one session, so it signs out of all.
 *
 * <p>CSRF: Spring Security's token protects our pages; the webapps keep Camunda's own CSRF filter
 * (header {@code X-XSRF-TOKEN}), so their logout is honoured only with that token. The REST API and the
 * management endpoints keep their own HTTP Basic filters and hold no session.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/connexion";
    static final String LOGOUT = "/deconnexion";
    static final String[] STAFF = {Groups.CLS, Groups.CPTS, Groups.PILOTAGE, Groups.ADMIN};
    /** Who keeps the catalogue of practice sites; pilotage only reads it. */
    static final String[] REPORT_PRODUCERS = {Groups.CLS, Groups.CPTS, Groups.ADMIN};
    static final String[] CATALOGUE_EDITORS = {Groups.CLS, Groups.CPTS, Groups.ADMIN};
    /** Who reads identifying data (signin.Lecteur#voitIdentite), and who accompanies the professional. */
    static final String[] SEES_IDENTITY = {Groups.CLS, Groups.CPTS, Groups.ADMIN};
    static final String[] ACCOMPANY = {Groups.CLS, Groups.CPTS};
    /** GDPR: the access export holds the CLS-only family part; the access log is the referents'. */
    static final String[] EXPORTS_ACCESS = {Groups.CLS, Groups.ADMIN};
    static final String[] READS_ACCESS_LOG = {Groups.RGPD, Groups.ADMIN};

    /** Camunda's REST API and Actuator authenticate each call themselves (HTTP Basic), statelessly. */
    @Bean
    @Order(1)
    SecurityFilterChain machineEndpoints(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/actuator/**")))
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browserPages(HttpSecurity http,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) throws Exception {
        RequestMatcher webappsLogoutPath =
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, webapps + "/api/admin/auth/user/*/logout");
        RequestMatcher webappsLogout = new WebappsLogoutRequest(webappsLogoutPath);
        RequestMatcher ourLogout = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGOUT);

        LinkedHashMap<RequestMatcher, LogoutSuccessHandler> afterLogout = new LinkedHashMap<>();
        // By then the session is gone: the answer is chosen by path alone (200, as Camunda answers).
        afterLogout.put(webappsLogoutPath, new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK));
        DelegatingLogoutSuccessHandler logoutSuccess = new DelegatingLogoutSuccessHandler(afterLogout);
        SimpleUrlLogoutSuccessHandler toLoginPage = new SimpleUrlLogoutSuccessHandler();
        toLoginPage.setDefaultTargetUrl(LOGIN_PAGE + "?deconnexion");
        logoutSuccess.setDefaultLogoutSuccessHandler(toLoginPage);

        return http
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(path(LOGIN_PAGE), path("/css/**"), path("/js/**"), path("/webjars/**"),
                                path("/error"), path("/error/**"), path("/favicon.ico")).permitAll()
                        // The sites contacted carry their names: pilotage neither reads nor records them.
                        .requestMatchers(path(HttpMethod.GET, "/api/dossiers/*/lieux-proposes")).hasAnyAuthority(SEES_IDENTITY)
                        .requestMatchers(path("/dossiers/*/lieux-proposes/**"), path("/api/dossiers/*/lieux-proposes/**"))
                                .hasAnyAuthority(ACCOMPANY)
                        .requestMatchers(path("/dossiers/*/droit-acces.*")).hasAnyAuthority(EXPORTS_ACCESS)
                        // GDPR erasure: the CLS's data-protection referents only (erasure.EffacementController).
                        .requestMatchers(path("/dossiers/*/effacement"), path("/effacements/**")).hasAuthority(Groups.RGPD)
                        // Visits are planned, moved and cancelled by the CLS and the CPTS: refused here, before any body is read.
                        .requestMatchers(path(HttpMethod.POST, "/dossiers/*/visites/**"), path(HttpMethod.POST, "/api/dossiers/*/visites/**"))
                                .hasAnyAuthority(ACCOMPANY)
                        .requestMatchers(path("/dossiers/**"), path("/api/dossiers/**")).hasAnyAuthority(STAFF)
                        .requestMatchers(path("/rgpd/consultations/**")).hasAnyAuthority(READS_ACCESS_LOG)
                        .requestMatchers(path("/tableau-de-bord/**"), path("/api/tableau-de-bord/**")).hasAnyAuthority(STAFF)
                        // Stage F: the reports' recipients are work contacts, as the catalogue's élus; sending
                        // an on-demand report opens a task for the CLS or the CPTS.
                        .requestMatchers(path(HttpMethod.GET, "/rapports/destinataires/**")).hasAnyAuthority(STAFF)
                        .requestMatchers(path("/rapports/destinataires/**"), path("/rapports/*/diffuser"))
                                .hasAnyAuthority(CATALOGUE_EDITORS)
                        // Reports are aggregates: every staff member reads them; CLS and CPTS produce them.
                        .requestMatchers(path(HttpMethod.GET, "/rapports/**"), path(HttpMethod.GET, "/api/rapports/**"))
                                .hasAnyAuthority(STAFF)
                        .requestMatchers(path("/rapports/**"), path("/api/rapports/**")).hasAnyAuthority(REPORT_PRODUCERS)
                        .requestMatchers(path(HttpMethod.GET, "/catalogue/**"), path(HttpMethod.GET, "/api/catalogue/**"))
                                .hasAnyAuthority(STAFF)
                        // Any other method (POST above all) changes the catalogue.
                        .requestMatchers(path("/catalogue/**"), path("/api/catalogue/**")).hasAnyAuthority(CATALOGUE_EDITORS)
                        // The store/engine agreement check: references and stages only, but what it asks is done in
                        // Cockpit and on the engine, so it is for the administrators who can act on it.
                        .requestMatchers(path("/exploitation/**"), path("/api/exploitation/**")).hasAuthority(Groups.ADMIN)
                        // Operators' pages (the outbox's given-up mails).
                        .requestMatchers(path("/admin/**")).hasAuthority(Groups.ADMIN)
                        .anyRequest().authenticated())
                .formLogin(login -> login
                        .loginPage(LOGIN_PAGE)
                        .usernameParameter("identifiant")
                        .passwordParameter("motDePasse")
                        .failureHandler(EchecsConnexion.retourPageConnexion(LOGIN_PAGE))
                        .defaultSuccessUrl("/", false))
                .logout(logout -> logout
                        .logoutRequestMatcher(new OrRequestMatcher(ourLogout, webappsLogout))
                        .logoutSuccessHandler(logoutSuccess)
                        .invalidateHttpSession(true)
                        .deleteCookies("JSESSIONID", "XSRF-TOKEN"))
                // The webapps send Camunda's token, checked by Camunda's own CSRF filter behind this chain.
                .csrf(csrf -> csrf.ignoringRequestMatchers(path(webapps + "/**")))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint(webapps))
                        .accessDeniedHandler(new RefusCsrf()))
                .headers(EnTetesSecurite.pages(webapps))
                .build();
    }

    /**
     * Anonymous calls to an API (ours or the webapps') and htmx fragment requests get 401; a browser
     * opening a page is sent to the login page, and back to the page once signed in.
     */
    private static AuthenticationEntryPoint entryPoint(String webapps) {
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> byRequest = new LinkedHashMap<>();
        AuthenticationEntryPoint unauthorized = new JsonUnauthorized();
        byRequest.put(path("/api/**"), unauthorized);
        byRequest.put(path("/v3/api-docs/**"), unauthorized);
        byRequest.put(path("/v3/api-docs.yaml"), unauthorized);
        byRequest.put(path(webapps + "/api/**"), unauthorized);
        byRequest.put(new RequestHeaderRequestMatcher("HX-Request"), unauthorized);
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(byRequest);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE));
        return entryPoint;
    }

    /** A path of the whole application, whichever servlet serves it (Spring MVC, Jersey, resources). */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** The same, for one HTTP method only. */
    private static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    /**
     * The webapps' "Déconnexion" menu posts to Camunda's logout endpoint. It ends the whole session only
     * when the request carries the session's Camunda CSRF token, as Camunda's own filter would demand.
     */
    record WebappsLogoutRequest(RequestMatcher path) implements RequestMatcher {
        @Override
        public boolean matches(HttpServletRequest request) {
            if (!path.matches(request)) {
                return false;
            }
            HttpSession session = request.getSession(false);
            Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
            String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
            return expected instanceof String token && sent != null
                    && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
        }
    }
}
