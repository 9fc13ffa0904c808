package fr.territoire.sante.installation.operations;

import fr.territoire.sante.installation.errors.ErreurTraduite;
import fr.territoire.sante.installation.errors.TraductionErreur;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.HtmlUtils;

/**
 * TEMPORARY — to be deleted by the lead when helper C's error handlers (branch bad-input) are merged:
 * they ask every {@link TraductionErreur} for our pages, our JSON and Camunda's REST API. Until then this
 * filter gives {@link BaseIndisponible}'s 503 to failures that leave the application uncaught, and turns
 * the REST API's 500 into that 503 when the database does not answer, so that DatabaseRestartIT can be
 * run on this branch alone.
 */
@Configuration(proxyBeanMethods = false)
class TemporaireReponsesIndisponibilite {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> filtreTemporaireIndisponibilite(List<TraductionErreur> traductions,
            DataSource base) {
        FilterRegistrationBean<OncePerRequestFilter> enregistrement = new FilterRegistrationBean<>(new Filtre(traductions, base));
        enregistrement.setName("temporaire-reponses-indisponibilite");
        enregistrement.setOrder(Ordered.HIGHEST_PRECEDENCE);
        enregistrement.addUrlPatterns("/*");
        return enregistrement;
    }

    private static final class Filtre extends OncePerRequestFilter {

        private final List<TraductionErreur> traductions;
        private final DataSource base;

        Filtre(List<TraductionErreur> traductions, DataSource base) {
            this.traductions = traductions;
            this.base = base;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
                throws ServletException, IOException {
            boolean apiMoteur = requete.getRequestURI().startsWith("/engine-rest/");
            HttpServletResponse cible = apiMoteur ? new ContentCachingResponseWrapper(reponse) : reponse;
            try {
                suite.doFilter(requete, cible);
            } catch (IOException | ServletException | RuntimeException echec) {
                Optional<ErreurTraduite> traduite = traduire(echec);
                if (traduite.isEmpty() || reponse.isCommitted()) {
                    throw echec;
                }
                ecrire(requete, reponse, traduite.get());
                return;
            }
            if (cible instanceof ContentCachingResponseWrapper cache) {
                if (cache.getStatus() == 500 && !baseRepond()) {
                    cache.resetBuffer();
                    ecrire(requete, reponse, BaseIndisponible.REPONSE);
                } else {
                    cache.copyBodyToResponse();
                }
            }
        }

        private Optional<ErreurTraduite> traduire(Throwable echec) {
            for (TraductionErreur traduction : traductions) {
                Optional<ErreurTraduite> reponse = traduction.traduire(echec);
                if (reponse.isPresent()) {
                    return reponse;
                }
            }
            return Optional.empty();
        }

        private boolean baseRepond() {
            try (Connection connexion = base.getConnection()) {
                return connexion.isValid(1);
            } catch (Exception injoignable) {
                return false;
            }
        }

        private static void ecrire(HttpServletRequest requete, HttpServletResponse reponse, ErreurTraduite erreur) throws IOException {
            reponse.reset();
            reponse.setStatus(erreur.statut());
            reponse.setCharacterEncoding(StandardCharsets.UTF_8.name());
            reponse.setHeader("Retry-After", "10");
            String chemin = requete.getRequestURI();
            String accept = String.valueOf(requete.getHeader("Accept"));
            if (chemin.startsWith("/api/") || chemin.startsWith("/engine-rest/") || chemin.contains("/api/")
                    || accept.contains("json") && !accept.contains("html")) {
                reponse.setContentType("application/json");
                reponse.getWriter().write("{\"type\":\"ServiceIndisponible\",\"message\":\"" + erreur.message().replace("\"", "\\\"") + "\"}");
            } else {
                reponse.setContentType("text/html");
                reponse.getWriter().write("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Service momentanément"
                        + " indisponible</title></head><body><main><h1>Service momentanément indisponible</h1><p>"
                        + HtmlUtils.htmlEscape(erreur.message(), "UTF-8") + "</p></main></body></html>");
            }
        }
    }
}
