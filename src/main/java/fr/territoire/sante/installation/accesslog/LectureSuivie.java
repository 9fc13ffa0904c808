package fr.territoire.sante.installation.accesslog;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GET request that reads one dossier's personal data, recognised from its path: our dossier page, its
 * JSON and its parts, the access export, and a task's variables read by Tasklist (the webapps' engine
 * API) or by a client of {@code /engine-rest}. For a task, the dossier is found later from the task.
 *
 * @param reference the dossier's reference (upper case), or null when the read names a task
 * @param tacheId   the task whose variables are read, or null
 * @param detail    what part of the dossier (a path's tail), or null
 */
public record LectureSuivie(NatureConsultation nature, String reference, String tacheId, String detail) {

    static final String REFERENCE = "PS-[0-9]{4}-[0-9]{1,8}";
    private static final Pattern PAGE = Pattern.compile("/dossiers/(" + REFERENCE + ")(?:/(.+))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern API = Pattern.compile("/api/dossiers/(" + REFERENCE + ")(?:/(.+))?", Pattern.CASE_INSENSITIVE);
    private static final String TACHE = "/task/([^/]{1,64})/(?:form-variables|variables|localVariables)(?:/[^/]+)?(?:/data)?";
    private static final Pattern ENGINE_REST = Pattern.compile("/engine-rest(?:/engine/[^/]+)?" + TACHE);

    /**
     * @param path     the request's path within the application
     * @param webapps  the webapps' path ({@code camunda.bpm.webapp.application-path})
     */
    public static Optional<LectureSuivie> de(String path, String webapps) {
        if (path == null) {
            return Optional.empty();
        }
        Matcher m = PAGE.matcher(path);
        if (m.matches()) {
            String ref = m.group(1).toUpperCase(Locale.ROOT);
            String reste = m.group(2);
            if (reste == null) {
                return Optional.of(new LectureSuivie(NatureConsultation.FICHE, ref, null, null));
            }
            return Optional.of(switch (reste) {
                case "droit-acces.json" -> new LectureSuivie(NatureConsultation.DROIT_ACCES_JSON, ref, null, null);
                case "droit-acces.pdf" -> new LectureSuivie(NatureConsultation.DROIT_ACCES_PDF, ref, null, null);
                default -> new LectureSuivie(NatureConsultation.FICHE_AUTRE, ref, null, reste);
            });
        }
        m = API.matcher(path);
        if (m.matches()) {
            String ref = m.group(1).toUpperCase(Locale.ROOT);
            return Optional.of(m.group(2) == null ? new LectureSuivie(NatureConsultation.FICHE_JSON, ref, null, null)
                    : new LectureSuivie(NatureConsultation.FICHE_AUTRE, ref, null, "api/" + m.group(2)));
        }
        m = Pattern.compile(Pattern.quote(webapps) + "/api/engine/engine/[^/]+" + TACHE).matcher(path);
        if (m.matches()) {
            return Optional.of(new LectureSuivie(NatureConsultation.TACHE_TASKLIST, null, m.group(1), null));
        }
        m = ENGINE_REST.matcher(path);
        if (m.matches()) {
            return Optional.of(new LectureSuivie(NatureConsultation.TACHE_API, null, m.group(1), null));
        }
        return Optional.empty();
    }

    private static final Pattern LISTE_FILTRE = Pattern.compile("/filter/[^/]{1,64}/list");

    /**
     * A page of a Tasklist filter (its tasks with the variables the filter shows, among them the
     * professional's display label), through the webapps' API or {@code /engine-rest}: the dossiers are
     * the references found in the answer.
     */
    public static boolean estListeDeTaches(String path, String webapps) {
        if (path == null) {
            return false;
        }
        String reste = path.startsWith(webapps + "/api/engine/engine/") ? path.substring((webapps + "/api/engine/engine/").length())
                : path.startsWith("/engine-rest/engine/") ? path.substring("/engine-rest/engine/".length())
                : path.startsWith("/engine-rest/") ? "default" + path.substring("/engine-rest".length()) : null;
        if (reste == null) {
            return false;
        }
        int barre = reste.indexOf('/');
        return barre > 0 && LISTE_FILTRE.matcher(reste.substring(barre)).matches();
    }

    /** The dossier page shown again after a change was posted to one of its parts. */
    LectureSuivie apresEnvoi() {
        return new LectureSuivie(NatureConsultation.FICHE, reference, null, "après envoi : " + (detail == null ? "fiche" : detail));
    }

    public boolean surTache() {
        return tacheId != null;
    }

    static boolean estReference(String businessKey) {
        return businessKey != null && businessKey.matches(REFERENCE);
    }
}
