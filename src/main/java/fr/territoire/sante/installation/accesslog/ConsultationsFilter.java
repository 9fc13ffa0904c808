package fr.territoire.sante.installation.accesslog;

import fr.territoire.sante.installation.signin.Lecteur;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Logs each read of one dossier's personal data by a person ({@link LectureSuivie}): the answer is held
 * back until the read succeeded (2xx) and its entry is written; a failed or refused read is not logged,
 * and a read whose entry cannot be written is answered 503 with nothing of the dossier. Pilotage's reads
 * of our pages carry no identifying data and are not logged. A task's variables carry personal data
 * whoever reads them, so every successful read of a dossier's task is logged.
 *
 * <p>Runs after Spring Security (our pages and the webapps: the signed-in user); {@code /engine-rest}
 * authenticates each call itself with HTTP Basic, so its user is the one the engine accepted (a 2xx
 * answer there means Camunda's filter checked that user's password).
 */
@Component
class ConsultationsFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ConsultationsFilter.class);

    private final JournalConsultations journal;
    private final TachesDossier taches;
    private final String webapps;

    ConsultationsFilter(JournalConsultations journal, TachesDossier taches,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
        this.journal = journal;
        this.taches = taches;
        this.webapps = webapps;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean get = HttpMethod.GET.matches(request.getMethod());
        // A change posted from the dossier page (a visit planned, a site's answer) that is refused shows
        // the dossier page again, with its data: that page is a read too (a redirect is not).
        Optional<LectureSuivie> lecture = LectureSuivie.de(path, webapps)
                .filter(l -> get || (!l.surTache() && HttpMethod.POST.matches(request.getMethod())));
        if (lecture.isEmpty() && LectureSuivie.estListeDeTaches(path, webapps)) {
            listeDeTaches(request, response, chain);
            return;
        }
        if (lecture.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper retenue = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, retenue);
        int statut = retenue.getStatus();
        boolean lue = get ? statut >= 200 && statut < 300 : pageRendue(retenue, statut);
        if (lue) {
            try {
                consigner(get ? lecture.get() : lecture.get().apresEnvoi(), request);
            } catch (JournalIndisponible e) {
                LOG.error("Access log unavailable: a read of {} was refused", lecture.get().nature(), e);
                refuser(request, response, e);
                return;
            }
        }
        retenue.copyBodyToResponse();
    }

    /** After a POST: the dossier page shown again (an HTML answer, success or refusal), not a redirect. */
    private static boolean pageRendue(ContentCachingResponseWrapper reponse, int statut) {
        String type = reponse.getContentType();
        return statut >= 200 && statut < 500 && statut != 404 && statut != 403 && statut != 401
                && (statut < 300 || statut >= 400) && type != null && type.startsWith("text/html")
                && reponse.getContentSize() > 0;
    }

    /** A page of tasks: one entry listing the dossiers whose reference the answer carries (none: no entry). */
    private void listeDeTaches(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper retenue = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, retenue);
        int statut = retenue.getStatus();
        String utilisateur = utilisateur(request);
        if (statut >= 200 && statut < 300 && utilisateur != null) {
            List<String> references = ReferencesListees.dans(retenue.getContentAsByteArray());
            if (!references.isEmpty()) {
                try {
                    journal.liste(utilisateur, NatureConsultation.LISTE_TACHES, references);
                } catch (JournalIndisponible e) {
                    LOG.error("Access log unavailable: a task list was refused", e);
                    refuser(request, response, e);
                    return;
                }
            }
        }
        retenue.copyBodyToResponse();
    }

    private void consigner(LectureSuivie lecture, HttpServletRequest request) {
        if (lecture.surTache()) {
            String utilisateur = utilisateur(request);
            if (utilisateur == null) {
                return;
            }
            taches.reference(lecture.tacheId()).ifPresent(reference ->
                    journal.dossier(utilisateur, lecture.nature(), reference, "tâche " + lecture.tacheId()));
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !Lecteur.of(authentication).voitIdentite()) {
            return; // pilotage: no identifying data shown
        }
        journal.dossier(authentication.getName(), lecture.nature(), lecture.reference(), lecture.detail());
    }

    /** The signed-in user (pages, webapps), or the user of an HTTP Basic call to /engine-rest. */
    private static String utilisateur(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken)) {
            return authentication.getName();
        }
        String basic = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (basic == null || !basic.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(basic.substring(6).trim()), StandardCharsets.UTF_8);
            int deuxPoints = decoded.indexOf(':');
            return deuxPoints <= 0 ? null : decoded.substring(0, deuxPoints);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void refuser(HttpServletRequest request, HttpServletResponse response, JournalIndisponible cause)
            throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, "30");
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        boolean page = accept != null && accept.contains("text/html") && !request.getRequestURI().contains("/api/");
        if (page) {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Service momentanément "
                    + "indisponible</title></head><body><main><h1>Service momentanément indisponible</h1><p role=\"alert\">"
                    + cause.getMessage() + "</p><p><a href=\"/\">Accueil</a></p></main></body></html>");
        } else {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"message\":\"" + cause.getMessage() + "\"}");
        }
    }
}
