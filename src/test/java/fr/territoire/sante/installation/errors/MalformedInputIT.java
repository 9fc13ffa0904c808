package fr.territoire.sante.installation.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.dossier.DossierRepository;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A thousand malformed requests, drawn with a fixed seed from a catalogue of malformations (wrong types,
 * huge bodies, over-long strings and keys, NUL characters, null bodies, unknown ids, bad dates,
 * expressions, SQL fragments, odd Unicode) against every endpoint of ours (read from Spring MVC's own
 * mappings, so a new endpoint is covered without editing this test), the catalogue imports, Camunda's
 * REST API and the webapps' engine API that Tasklist uses, signed in as a CLS member. No answer is a
 * 5xx; every refusal carries a readable French message; a professional's name that looks like an
 * expression is kept as typed; the application's log stays small and never holds the marker every
 * payload carries (a stand-in for personal data).
 */
class MalformedInputIT extends IntegrationTest {

    static final String MARQUEUR = "Zorglub-Personnel-4242";
    static final long GRAINE = 20_261_206L;
    static final String EXPRESSION = "${execution.setVariable('x',1)}";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VARIABLE_CHEMIN = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    /** What a refusal must never show. */
    private static final Pattern PILE = Pattern.compile("(Exception|Caused by|\\bat [a-z]+\\.[a-z]+\\.|\\.java:\\d)");
    private static final Pattern SQL = Pattern.compile("(?i)(\\bselect\\b.*\\bfrom\\b|\\binsert into\\b|\\bupdate\\b.*\\bset\\b|"
            + "\\bdelete from\\b|sqlstate|\\bsyntax error\\b|\\bviolates\\b|\\bjdbc\\b|psql|\\bERROR:|character varying|\\bACT_[A-Z]{2}_)");
    private static final Pattern CLASSE = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*\\b");
    /** French: an accented letter or one of the words our refusals use. */
    private static final Pattern FRANCAIS = Pattern.compile("(?iu).*([éèàêôçù]|\\b(le|la|les|de|du|des|un|une|est|pas|non|au|inconnue?|"
            + "manquante?|choisissez|introuvable|trop|plus|requête|accès|connexion|refus|colonne|fichier|valeur)\\b).*", Pattern.DOTALL);

    /** The values a person (or a script) may send where a field is expected. */
    private static final List<String> VALEURS = List.of("abc" + MARQUEUR, "-1", "0", "99999999999999999999999", "1e309", "NaN",
            "", " ", "true", "null", "x".repeat(5000) + MARQUEUR, MARQUEUR + "y".repeat(300), "a\u0000b" + MARQUEUR,
            EXPRESSION + MARQUEUR, "#{1+1}" + MARQUEUR, "${7*7}", "' OR '1'='1" + MARQUEUR, "1; DROP TABLE dossier;--" + MARQUEUR,
            "\uD83D\uDE00 " + MARQUEUR, "\u202Eabc" + MARQUEUR, "\u200B", "e\u0301" + MARQUEUR, "\uFFFF" + MARQUEUR, "2026-02-30",
            "31/12/2026", "9999-99-99", "2026-13-01T25:61", "[]", "{}", "<script>alert(1)</script>" + MARQUEUR,
            "PS-2026-0001" + MARQUEUR, "PS-9999-9999", "é".repeat(250) + MARQUEUR, "\\u0000" + MARQUEUR);
    private static final List<String> TYPES = java.util.Arrays.asList(null, "String", "Integer", "Long", "Double", "Boolean", "Date",
            "Json", "Xml", "Object", "Bytes", "File", "Inconnu", "Null", "Short");
    private static final List<String> NOMS = List.of("dateEntretien", "lieuEntretien", "interlocuteurCls", "nom" + MARQUEUR,
            "n".repeat(300), "a\u0000b", "", "${x}", "' OR 1=1", "k".repeat(70_000));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    DossierRepository dossiers;

    record Cas(String famille, String methode, String chemin, String type, byte[] corps, boolean enMorceaux, int lignesRefusees) {
        long octets() {
            return chemin.length() + (corps == null ? 0 : corps.length);
        }
    }

    record Echec(Cas cas, int statut, String raison, String corps) {
        @Override
        public String toString() {
            return cas.famille + " " + cas.methode + " " + abrege(cas.chemin, 120) + " [" + cas.type + ", " + (cas.corps == null ? 0 : cas.corps.length)
                    + " o] -> " + statut + " : " + raison + " : " + abrege(corps, 300);
        }
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void aThousandMalformedInputsGetNoServerErrorAReadableFrenchRefusalAndLeaveNoTraceInTheLog() throws Exception {
        SessionHttp cls = new SessionHttp(baseUrl(), TestStaff.CLS).connecter();
        Dossier dossier = demanderAvecUnNomQuiRessembleAUneExpression(cls);
        Map<String, String> entetesImport = entetesDesImports(cls);

        Random hasard = new Random(GRAINE);
        List<Cas> cas = new ArrayList<>();
        List<PointMvc> points = pointsMvc();
        assertThat(points).hasSizeGreaterThan(40);
        for (int i = 0; i < 480; i++) {
            cas.add(casMvc(points.get(i % points.size()), hasard, dossier));
        }
        for (int i = 0; i < 250; i++) {
            cas.add(casMoteur("moteur REST", "/engine-rest", hasard, dossier));
        }
        for (int i = 0; i < 170; i++) {
            cas.add(casMoteur("Tasklist", "/camunda/api/engine/engine/default", hasard, dossier));
        }
        for (int i = 0; i < 100; i++) {
            cas.add(casImport(hasard, entetesImport));
        }
        assertThat(cas).hasSize(1000);

        List<Echec> echecs = new ArrayList<>();
        Map<String, Map<String, Integer>> tableau = new TreeMap<>();
        long envoyes = 0;
        long debut = System.nanoTime();
        try (CaptureJournal journal = CaptureJournal.demarrer(MARQUEUR)) {
            for (Cas un : cas) {
                envoyes += un.octets();
                HttpResponse<String> reponse;
                try {
                    reponse = cls.envoyer(requete(cls, un));
                } catch (IllegalStateException coupee) {
                    tableau.computeIfAbsent(un.famille, f -> new TreeMap<>()).merge("coupée", 1, Integer::sum);
                    echecs.add(new Echec(un, 0, "connection cut", String.valueOf(coupee.getCause())));
                    continue;
                }
                int statut = reponse.statusCode();
                tableau.computeIfAbsent(un.famille, f -> new TreeMap<>()).merge(classe(statut), 1, Integer::sum);
                verifier(un, reponse).ifPresent(raison -> echecs.add(new Echec(un, statut, raison, reponse.body())));
            }
            long duree = (System.nanoTime() - debut) / 1_000_000;
            imprimer(tableau, envoyes, journal, duree);

            Map<String, List<Echec>> parRaison = new TreeMap<>();
            echecs.forEach(e -> parRaison.computeIfAbsent(e.raison(), r -> new ArrayList<>()).add(e));
            StringBuilder detail = new StringBuilder();
            parRaison.forEach((raison, liste) -> {
                detail.append("\n").append(liste.size()).append(" × ").append(raison).append(" ; e.g.:");
                liste.stream().limit(6).forEach(e -> detail.append("\n   ").append(e));
            });
            assertThat(echecs).as("malformed inputs answered badly:%s", detail).isEmpty();
            assertThat(envoyes).as("junk sent").isGreaterThan(30L * 1024 * 1024);
            assertThat(journal.octets()).as("bytes of log for %d MB of junk", envoyes >> 20).isLessThan(1024L * 1024);
            assertThat(journal.avecMarqueur()).as("log entries holding what was sent").isEmpty();
        }
        dossier.resteLitteral();
    }

    // ---- the dossier whose name is an expression, and whose first task is the target of bad submissions

    final class Dossier {
        final String instance;
        final String reference;
        final String tache;
        final SessionHttp session;

        Dossier(String instance, String reference, String tache, SessionHttp session) {
            this.instance = instance;
            this.reference = reference;
            this.tache = tache;
            this.session = session;
        }

        /** Stored, shown in Tasklist's label and on the dossier page as typed; nothing evaluated. */
        void resteLitteral() throws Exception {
            assertThat(dossiers.findByReference(reference).orElseThrow().getProfessionnel().getNom()).isEqualTo(EXPRESSION);
            assertThat((String) engine.getRuntimeService().getVariable(instance, "professionnel")).contains(EXPRESSION);
            assertThat(engine.getRuntimeService().getVariable(instance, "x")).isNull();
            HttpResponse<String> libelle = session.envoyer(session.requete("/camunda/api/engine/engine/default/process-instance/"
                    + instance + "/variables/professionnel").header("Accept", "application/json").GET());
            assertThat(JSON.readTree(libelle.body()).get("value").asText()).contains(EXPRESSION);
            HttpResponse<String> page = session.envoyer(session.requete("/dossiers/" + reference).GET());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<dd>${execution.setVariable(&#39;x&#39;,1)}</dd>");
        }
    }

    private Dossier demanderAvecUnNomQuiRessembleAUneExpression(SessionHttp cls) throws Exception {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("prenom", Map.of("value", "Jeanne"));
        variables.put("nom", Map.of("value", EXPRESSION));
        variables.put("email", Map.of("value", "jeanne.expression@exemple.invalid"));
        variables.put("telephone", Map.of("value", "06 12 34 56 78"));
        variables.put("profession", Map.of("value", "medecin-generaliste"));
        variables.put("specialite", Map.of("value", ""));
        variables.put("origineDemande", Map.of("value", "bouche-a-oreille"));
        variables.put("situationActuelle", Map.of("value", "Remplaçante depuis deux ans"));
        variables.put("horizon", Map.of("value", "moyen"));
        variables.put("commentaire", Map.of("value", ""));
        variables.put("consentement", Map.of("value", true, "type", "Boolean"));
        HttpResponse<String> demarre = cls.envoyer(cls.requete("/engine-rest/process-definition/key/accompagnement-installation/submit-form")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("variables", variables)))));
        assertThat(demarre.statusCode()).as(demarre.body()).isEqualTo(200);
        String instance = JSON.readTree(demarre.body()).get("id").asText();
        String reference = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
        String tache = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
        return new Dossier(instance, reference, tache, cls);
    }

    /** The header line of each catalogue's export, which its import reads back. */
    private static Map<String, String> entetesDesImports(SessionHttp cls) {
        Map<String, String> entetes = new LinkedHashMap<>();
        for (String catalogue : List.of("lieux", "besoins", "aides")) {
            HttpResponse<String> export = cls.envoyer(cls.requete("/api/catalogue/" + catalogue + "/export.csv").GET());
            assertThat(export.statusCode()).isEqualTo(200);
            entetes.put(catalogue, export.body().replace("\uFEFF", "").lines().findFirst().orElseThrow());
        }
        return entetes;
    }

    // ---- our endpoints, as Spring MVC maps them

    record PointMvc(String methode, String modele, List<String> champs, boolean envoi) {
    }

    private List<PointMvc> pointsMvc() {
        List<PointMvc> points = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entree : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entree.getKey();
            Set<RequestMethod> methodes = info.getMethodsCondition().getMethods();
            boolean envoi = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .anyMatch(t -> t.getSubtype().equals("form-data"));
            List<String> champs = champs(entree.getValue());
            for (String modele : info.getPatternValues()) {
                if (modele.equals("/error") || modele.startsWith("${")) {
                    continue;
                }
                for (RequestMethod methode : methodes.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methodes) {
                    points.add(new PointMvc(methode.name(), modele, champs, envoi));
                }
            }
        }
        points.sort(java.util.Comparator.comparing(PointMvc::modele).thenComparing(PointMvc::methode));
        return points;
    }

    /** The request parameters and body fields a handler reads. */
    private static List<String> champs(HandlerMethod handler) {
        Set<String> champs = new LinkedHashSet<>();
        for (MethodParameter parametre : handler.getMethodParameters()) {
            parametre.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            RequestParam requestParam = parametre.getParameterAnnotation(RequestParam.class);
            Class<?> type = parametre.getParameterType();
            if (requestParam != null) {
                String nom = !requestParam.name().isEmpty() ? requestParam.name() : requestParam.value();
                champs.add(nom.isEmpty() ? String.valueOf(parametre.getParameterName()) : nom);
            } else if (parametre.hasParameterAnnotation(PathVariable.class)) {
                continue;
            } else if (parametre.hasParameterAnnotation(ModelAttribute.class) || parametre.hasParameterAnnotation(RequestBody.class)
                    || type.getName().startsWith("fr.territoire") && !BeanUtils.isSimpleProperty(type)) {
                champs.addAll(proprietes(type));
            }
        }
        champs.add("commentaire");
        return List.copyOf(champs);
    }

    private static List<String> proprietes(Class<?> type) {
        if (type.isRecord()) {
            return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        List<String> noms = new ArrayList<>();
        for (Class<?> c = type; c != null && c.getName().startsWith("fr.territoire"); c = c.getSuperclass()) {
            for (Field champ : c.getDeclaredFields()) {
                if (!Modifier.isStatic(champ.getModifiers())) {
                    noms.add(champ.getName());
                }
            }
        }
        return noms;
    }

    private Cas casMvc(PointMvc point, Random hasard, Dossier dossier) {
        String chemin = cheminAvec(point.modele, hasard, dossier);
        if (point.methode.equals("GET") || point.methode.equals("DELETE") || point.methode.equals("HEAD")) {
            StringBuilder requete = new StringBuilder(chemin).append('?');
            for (String champ : point.champs) {
                requete.append(encoder(champ)).append('=').append(encoder(abrege(valeur(hasard), 1500))).append('&');
            }
            requete.append("note=").append(encoder(MARQUEUR));
            return new Cas("nos pages et API", point.methode, requete.toString(), null, null, false, -1);
        }
        if (point.envoi) {
            return new Cas("nos pages et API", point.methode, chemin, "multipart/form-data; boundary=" + FRONTIERE,
                    multipart("fichier", "lieux.csv", ("Nom du lieu\n" + valeur(hasard)).getBytes(StandardCharsets.UTF_8)), false, -1);
        }
        return switch (hasard.nextInt(10)) {
            case 0, 1, 2, 3 -> new Cas("nos pages et API", point.methode, chemin, "application/x-www-form-urlencoded",
                    formulaire(point.champs, hasard, dossier), false, -1);
            case 4, 5 -> new Cas("nos pages et API", point.methode, chemin, "application/json", objetJson(point.champs, hasard), false, -1);
            case 6 -> new Cas("nos pages et API", point.methode, chemin, "application/json", octets(hasard.nextBoolean() ? "null" : ""), false, -1);
            case 7 -> new Cas("nos pages et API", point.methode, chemin, "application/json", octets("{\"" + MARQUEUR + "\": [1, 2,"), false, -1);
            case 8 -> new Cas("nos pages et API", point.methode, chemin, hasard.nextBoolean() ? "application/json" : "application/x-www-form-urlencoded",
                    enorme(hasard), hasard.nextInt(4) == 0, -1);
            default -> new Cas("nos pages et API", point.methode, chemin, hasard.nextBoolean() ? "text/plain" : "application/json",
                    octets(hasard.nextBoolean() ? "[".repeat(5000) + MARQUEUR : "\u0000" + MARQUEUR + "\u0000"), false, -1);
        };
    }

    private static String cheminAvec(String modele, Random hasard, Dossier dossier) {
        Matcher variable = VARIABLE_CHEMIN.matcher(modele);
        StringBuilder chemin = new StringBuilder();
        while (variable.find()) {
            String nom = variable.group(1);
            String valeur = nom.equals("reference") && hasard.nextBoolean() ? dossier.reference : abrege(valeurDeChemin(hasard), 1500);
            variable.appendReplacement(chemin, Matcher.quoteReplacement(encoder(valeur)));
        }
        variable.appendTail(chemin);
        return chemin.toString();
    }

    /** Tomcat refuses an encoded slash, backslash or NUL in a path before any application code: those go in bodies. */
    private static String valeurDeChemin(Random hasard) {
        String valeur;
        do {
            valeur = valeur(hasard);
        } while (valeur.isEmpty() || valeur.contains("/") || valeur.contains("\\") || valeur.indexOf('\0') >= 0 || valeur.equals(".")
                || valeur.isBlank());
        return valeur;
    }

    private static byte[] formulaire(List<String> champs, Random hasard, Dossier dossier) {
        StringBuilder corps = new StringBuilder("_csrf=").append(encoder(dossier.session.jetonPages()));
        for (String champ : champs) {
            corps.append('&').append(encoder(champ)).append('=').append(encoder(valeur(hasard)));
        }
        if (hasard.nextInt(3) == 0) {
            corps.append('&').append(encoder("k".repeat(5000) + MARQUEUR)).append("=1");
        }
        corps.append("&note=").append(encoder(MARQUEUR));
        return octets(corps.toString());
    }

    private static byte[] objetJson(List<String> champs, Random hasard) {
        Map<String, Object> objet = new LinkedHashMap<>();
        for (String champ : champs) {
            objet.put(champ, valeurJson(hasard));
        }
        objet.put("note" + "k".repeat(hasard.nextInt(3) == 0 ? 5000 : 0), MARQUEUR);
        return ecrire(objet);
    }

    private static Object valeurJson(Random hasard) {
        return switch (hasard.nextInt(6)) {
            case 0 -> hasard.nextLong();
            case 1 -> List.of(valeur(hasard), MARQUEUR);
            case 2 -> Map.of("valeur", valeur(hasard));
            case 3 -> hasard.nextBoolean();
            case 4 -> null;
            default -> valeur(hasard);
        };
    }

    // ---- Camunda's REST API and the webapps' engine API (Tasklist)

    private Cas casMoteur(String famille, String api, Random hasard, Dossier dossier) {
        String tache = hasard.nextInt(3) == 0 ? encoder(valeurDeChemin(hasard)) : dossier.tache;
        String instance = hasard.nextInt(3) == 0 ? encoder(valeurDeChemin(hasard)) : dossier.instance;
        String json = "application/json";
        return switch (hasard.nextInt(14)) {
            case 0 -> new Cas(famille, "POST", api + "/task/" + tache + "/complete", json, corpsVariables(hasard), false, -1);
            case 1, 2 -> new Cas(famille, "POST", api + "/task/" + tache + "/submit-form", json, corpsVariables(hasard), false, -1);
            case 3 -> new Cas(famille, "GET", api + "/task/" + encoder(abrege(valeurDeChemin(hasard), 1500)) + "?note=" + MARQUEUR, null, null, false, -1);
            case 4 -> new Cas(famille, "GET", api + "/task/" + tache + "/form-variables?variableNames=" + encoder(abrege(valeur(hasard), 1500)),
                    null, null, false, -1);
            case 5 -> new Cas(famille, "GET", api + "/task?" + List.of("dueAfter", "dueBefore", "createdAfter", "maxResults", "firstResult",
                    "sortBy", "sortOrder", "processInstanceBusinessKey", "nameLike", "candidateGroup", "assignee", "processVariables")
                    .get(hasard.nextInt(12)) + "=" + encoder(abrege(valeur(hasard), 1500)) + "&note=" + MARQUEUR, null, null, false, -1);
            case 6 -> new Cas(famille, "POST", api + "/task", json, ecrire(Map.of("processVariables", List.of(Map.of("name", valeur(hasard),
                    "operator", valeur(hasard), "value", valeur(hasard))), "sorting", List.of(Map.of("sortBy", valeur(hasard))),
                    "dueAfter", valeur(hasard))), false, -1);
            case 7 -> new Cas(famille, "POST", api + "/process-definition/key/" + (hasard.nextBoolean() ? "accompagnement-installation"
                    : encoder(valeurDeChemin(hasard))) + "/start", json, corpsVariables(hasard), false, -1);
            case 8 -> new Cas(famille, "POST", api + "/process-definition/key/accompagnement-installation/submit-form", json,
                    corpsVariables(hasard), false, -1);
            case 9 -> new Cas(famille, "GET", api + "/process-instance/" + instance + (hasard.nextBoolean() ? "/variables" : "")
                    + "?deserializeValues=" + encoder(abrege(valeur(hasard), 100)), null, null, false, -1);
            case 10 -> new Cas(famille, "PUT", api + "/process-instance/" + instance + "/variables/" + encoder(abrege(valeurDeChemin(hasard), 1000)),
                    json, variable(hasard), false, -1);
            case 11 -> new Cas(famille, "POST", api + "/process-instance/" + instance + "/variables", json,
                    ecrire(Map.of("modifications", Map.of(NOMS.get(hasard.nextInt(NOMS.size())), variableMap(hasard)))), false, -1);
            case 12 -> new Cas(famille, "POST", api + "/message", json, ecrire(map("messageName", valeur(hasard), "businessKey",
                    hasard.nextBoolean() ? dossier.reference : valeur(hasard), "processVariables", Map.of("v", variableMap(hasard)))), false, -1);
            default -> hasard.nextBoolean()
                    ? new Cas(famille, "POST", api + "/task/" + tache + "/comment/create", json, ecrire(map("message", valeur(hasard))), false, -1)
                    : new Cas(famille, "GET", api + "/history/process-instance?startedAfter=" + encoder(abrege(valeur(hasard), 1500))
                            + "&maxResults=" + encoder(abrege(valeur(hasard), 100)), null, null, false, -1);
        };
    }

    private static byte[] corpsVariables(Random hasard) {
        return switch (hasard.nextInt(12)) {
            case 0, 1 -> ecrire(Map.of("variables", Map.of(NOMS.get(hasard.nextInt(NOMS.size())), variableMap(hasard))));
            case 2 -> octets("null");
            case 3 -> octets("");
            case 4 -> octets(hasard.nextBoolean() ? "[]" : "{\"variables\": \"" + MARQUEUR + "\"}");
            case 5 -> octets("{variables: " + MARQUEUR);
            case 6 -> octets("{\"a\":".repeat(3000) + MARQUEUR);
            case 7 -> enorme(hasard);
            case 8 -> ecrire(Map.of("variables", Map.of("dateEntretien", Map.of("value", valeur(hasard)), "lieuEntretien",
                    Map.of("value", valeur(hasard)), "interlocuteurCls", map("value", valeur(hasard)), "interlocuteurCpts",
                    map("value", "x".repeat(5000) + MARQUEUR))));
            case 9 -> ecrire(Map.of("variables", Map.of("v", map("value", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA" + MARQUEUR, "type", "Object",
                    "valueInfo", Map.of("objectTypeName", "java.util.HashMap", "serializationDataFormat",
                            "application/x-java-serialized-object")))));
            case 10 -> ecrire(Map.of("variables", Map.of("v", map("value", valeur(hasard), "type", TYPES.get(1 + hasard.nextInt(TYPES.size() - 1)),
                    "valueInfo", hasard.nextBoolean() ? Map.of() : Map.of("objectTypeName", valeur(hasard), "serializationDataFormat", valeur(hasard))))));
            default -> ecrire(Map.of("variables", Map.of("lieuEntretien", Map.of("value", "é".repeat(4500) + MARQUEUR))));
        };
    }

    private static byte[] variable(Random hasard) {
        return hasard.nextInt(4) == 0 ? octets(hasard.nextBoolean() ? "null" : "{\"value\": ") : ecrire(variableMap(hasard));
    }

    private static Map<String, Object> variableMap(Random hasard) {
        return map("value", hasard.nextInt(4) == 0 ? valeurJson(hasard) : valeur(hasard), "type", TYPES.get(hasard.nextInt(TYPES.size())));
    }

    // ---- the catalogue imports

    private Cas casImport(Random hasard, Map<String, String> entetes) {
        String catalogue = List.of("lieux", "besoins", "aides").get(hasard.nextInt(3));
        String chemin = "/api/catalogue/" + catalogue + "/import";
        String type = "multipart/form-data; boundary=" + FRONTIERE;
        switch (hasard.nextInt(8)) {
            case 0, 1, 2, 3 -> {
                // Well-formed CSV whose every row is bad: no name (lieux), junk everywhere else.
                int colonnes = entetes.get(catalogue).split(";", -1).length;
                int lignes = 1 + hasard.nextInt(5);
                StringBuilder csv = new StringBuilder(entetes.get(catalogue)).append("\r\n");
                for (int l = 0; l < lignes; l++) {
                    List<String> cellules = new ArrayList<>();
                    for (int c = 0; c < colonnes; c++) {
                        cellules.add(c == 0 && catalogue.equals("lieux") ? "" : "\"" + valeur(hasard).replace("\"", "\"\"") + "\"");
                    }
                    csv.append(String.join(";", cellules)).append("\r\n");
                }
                return new Cas("imports", "POST", chemin, type, multipart("fichier", catalogue + ".csv", octets(csv.toString())), false,
                        catalogue.equals("lieux") ? lignes : -1);
            }
            case 4 -> {
                byte[] pk = new byte[2000 + hasard.nextInt(5000)];
                hasard.nextBytes(pk);
                pk[0] = 'P';
                pk[1] = 'K';
                return new Cas("imports", "POST", chemin, type, multipart("fichier", catalogue + ".xlsx", pk), false, -1);
            }
            case 5 -> {
                return new Cas("imports", "POST", chemin, type, hasard.nextBoolean() ? multipart("fichier", "vide.csv", new byte[0])
                        : multipart("autre", "x.csv", octets(MARQUEUR)), false, -1);
            }
            case 6 -> {
                return new Cas("imports", "POST", chemin, type, multipart("fichier", catalogue + ".csv",
                        octets("colonne;inconnue\n\u0000" + MARQUEUR + ";" + "z".repeat(70_000) + "\n")), false, -1);
            }
            default -> {
                byte[] gros = new byte[6 * 1024 * 1024];
                java.util.Arrays.fill(gros, (byte) 'a');
                return new Cas("imports", "POST", chemin, type, multipart("fichier", catalogue + ".csv", gros), false, -1);
            }
        }
    }

    private static final String FRONTIERE = "----frontiere" + MARQUEUR;

    private static byte[] multipart(String champ, String fichier, byte[] contenu) {
        ByteArrayOutputStream corps = new ByteArrayOutputStream();
        corps.writeBytes(octets("--" + FRONTIERE + "\r\nContent-Disposition: form-data; name=\"" + champ + "\"; filename=\"" + fichier
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
        corps.writeBytes(contenu);
        corps.writeBytes(octets("\r\n--" + FRONTIERE + "--\r\n"));
        return corps.toByteArray();
    }

    // ---- sending and judging

    private static HttpRequest.Builder requete(SessionHttp session, Cas cas) {
        HttpRequest.Builder requete = session.requete(cas.chemin);
        if (cas.type != null) {
            requete.header("Content-Type", cas.type);
        }
        if (cas.famille.equals("nos pages et API") && cas.chemin.startsWith("/api/") || !cas.famille.equals("nos pages et API")) {
            requete.header("Accept", "application/json");
        }
        HttpRequest.BodyPublisher corps;
        if (cas.corps == null) {
            corps = HttpRequest.BodyPublishers.noBody();
        } else if (cas.enMorceaux) {
            byte[] octets = cas.corps;
            corps = HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new java.io.ByteArrayInputStream(octets));
        } else {
            corps = HttpRequest.BodyPublishers.ofByteArray(cas.corps);
        }
        return requete.method(cas.methode, corps);
    }

    /** Why this answer is wrong, if it is. */
    private static Optional<String> verifier(Cas cas, HttpResponse<String> reponse) throws Exception {
        int statut = reponse.statusCode();
        if (statut >= 500) {
            return Optional.of("server error");
        }
        if (statut >= 400) {
            return illisible(reponse);
        }
        if (cas.lignesRefusees > 0) {
            if (statut != 200) {
                return Optional.of("import of bad rows not answered with a report");
            }
            JsonNode refusees = JSON.readTree(reponse.body()).get("refusees");
            List<Integer> lignes = new ArrayList<>();
            refusees.forEach(r -> lignes.add(r.get("ligne").asInt()));
            List<Integer> attendues = java.util.stream.IntStream.rangeClosed(2, cas.lignesRefusees + 1).boxed().toList();
            if (!lignes.equals(attendues)) {
                return Optional.of("bad rows not each named: " + lignes + " instead of " + attendues);
            }
        }
        return Optional.empty();
    }

    /** A readable refusal: a non-empty French message, no stack trace, no SQL, no Java class name. */
    static Optional<String> illisible(HttpResponse<String> reponse) {
        String type = reponse.headers().firstValue("Content-Type").orElse("");
        String message;
        if (type.contains("json")) {
            try {
                JsonNode corps = JSON.readTree(reponse.body());
                message = corps.path("message").asText("");
            } catch (Exception pasDuJson) {
                return Optional.of("JSON announced, not JSON");
            }
        } else if (type.contains("html")) {
            // A page: its visible text (a refused form comes back whole, with its messages).
            message = reponse.body().replaceAll("(?s)<head>.*</head>", "").replaceAll("(?s)<script.*?</script>", "")
                    .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
        } else if (type.startsWith("text/plain")) {
            message = reponse.body().trim();
        } else {
            return Optional.of("no message (content type " + type + ")");
        }
        if (message.isBlank()) {
            return Optional.of("empty message");
        }
        if (type.contains("json") && message.length() > 2000) {
            return Optional.of("message of " + message.length() + " characters");
        }
        if (PILE.matcher(message).find()) {
            return Optional.of("stack trace or exception name");
        }
        if (SQL.matcher(message).find()) {
            return Optional.of("SQL");
        }
        if (CLASSE.matcher(message).find()) {
            return Optional.of("Java class name");
        }
        if (!FRANCAIS.matcher(message).matches()) {
            return Optional.of("not French");
        }
        return Optional.empty();
    }

    private static String classe(int statut) {
        return switch (statut) {
            case 400, 401, 403, 404, 405, 409, 413, 415 -> String.valueOf(statut);
            default -> statut >= 500 ? "5xx" : statut >= 400 ? "autre 4xx" : statut >= 300 ? "3xx" : "2xx";
        };
    }

    private static void imprimer(Map<String, Map<String, Integer>> tableau, long envoyes, CaptureJournal journal, long duree) {
        List<String> colonnes = List.of("2xx", "3xx", "400", "401", "403", "404", "405", "409", "413", "415", "autre 4xx", "5xx",
                "coupée");
        StringBuilder sortie = new StringBuilder("\n| famille | requêtes | ").append(String.join(" | ", colonnes)).append(" |\n|---|---|")
                .append("---|".repeat(colonnes.size())).append('\n');
        tableau.forEach((famille, compte) -> {
            sortie.append("| ").append(famille).append(" | ").append(compte.values().stream().mapToInt(Integer::intValue).sum());
            colonnes.forEach(c -> sortie.append(" | ").append(compte.getOrDefault(c, 0)));
            sortie.append(" |\n");
        });
        sortie.append(String.format("%nEnvoyé : %.1f Mo ; journal : %d entrées, %.1f Ko ; durée : %.1f s%n", envoyes / 1048576.0,
                journal.entrees(), journal.octets() / 1024.0, duree / 1000.0));
        System.out.println(sortie);
    }

    // ---- values

    private static String valeur(Random hasard) {
        return VALEURS.get(hasard.nextInt(VALEURS.size()));
    }

    private static byte[] enorme(Random hasard) {
        int taille = (1100 + hasard.nextInt(300)) * 1024;
        StringBuilder corps = new StringBuilder(taille + 100).append("{\"nom\": \"");
        while (corps.length() < taille) {
            corps.append(MARQUEUR).append(' ');
        }
        return octets(corps.append("\"}").toString());
    }

    private static Map<String, Object> map(Object... clesValeurs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < clesValeurs.length; i += 2) {
            map.put((String) clesValeurs[i], clesValeurs[i + 1]);
        }
        return map;
    }

    private static byte[] ecrire(Object objet) {
        try {
            return JSON.writeValueAsBytes(objet);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] octets(String texte) {
        return texte.getBytes(StandardCharsets.UTF_8);
    }

    private static String encoder(String texte) {
        return URLEncoder.encode(texte, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abrege(String texte, int max) {
        return texte == null || texte.length() <= max ? texte : texte.substring(0, max) + "…";
    }
}
