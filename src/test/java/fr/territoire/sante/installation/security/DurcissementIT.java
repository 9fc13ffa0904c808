package fr.territoire.sante.installation.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.WebappSession;
import fr.territoire.sante.installation.identity.Groups;
import fr.territoire.sante.installation.process.DossierDriver;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Hardening of what a browser opens, enumerated from the application itself rather than listed by
 * hand: every mapping of ours (Spring MVC's {@link RequestMappingHandlerMapping}, so a new controller
 * is covered the day it is written) is closed to anonymous users, and every state change needs the
 * page's CSRF token; our pages and the webapps send the security headers.
 */
class DurcissementIT extends IntegrationTest {

    /** An id no row has: a call that gets past CSRF and rights then finds nothing to change. */
    private static final String ID_INCONNU = "999999999";
    private static final String CSRF_REFUSE = "Jeton de sécurité absent ou périmé";
    private static final Set<String> OUVERTS_A_TOUS = Set.of("/connexion");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    record Appel(String method, String path) {
        boolean api() {
            return path.startsWith("/api/") || path.startsWith("/v3/api-docs");
        }
    }

    @Test
    void everyStateChangeOfOursIsRefusedWithoutTheCsrfTokenAndGetsPastCsrfWithIt() {
        String reference = new DossierDriver(engine).start().reference();
        WebappSession session = signedIn(TestStaff.RGPD);
        List<Appel> changes = appels(reference).stream().filter(appel -> !appel.method().equals("GET")).toList();
        assertThat(changes).as("state-changing mappings found").hasSizeGreaterThan(20);
        long processes = engine.getRuntimeService().createProcessInstanceQuery().count();

        List<String> passedCsrf = new ArrayList<>();
        for (Appel appel : changes) {
            session.get("/");
            HttpResponse<String> sansJeton = session.send(appel.method(), appel.path(), contentType(appel), false);
            assertThat(sansJeton.statusCode()).as("without token: " + appel).isEqualTo(403);
            assertThat(sansJeton.body()).as("without token: " + appel).contains(CSRF_REFUSE);

            session.get("/");
            HttpResponse<String> avecJeton = session.send(appel.method(), appel.path(), contentType(appel), true);
            assertThat(avecJeton.body()).as("with token: " + appel).doesNotContain(CSRF_REFUSE);
            assertThat(avecJeton.statusCode()).as("with token: " + appel + " " + avecJeton.body()).isLessThan(500);
            passedCsrf.add(avecJeton.statusCode() + " " + appel);
        }
        System.out.printf("CSRF: %d state-changing mappings refused without token, past CSRF with it: %s%n",
                changes.size(), passedCsrf);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
                .as("no empty change started a process").isEqualTo(processes);
    }

    @Test
    void pilotageChangesNothingOfOurs() {
        String reference = new DossierDriver(engine).start().reference();
        WebappSession pilotage = signedIn(TestStaff.PILOTAGE);
        List<Appel> changes = appels(reference).stream()
                .filter(appel -> !appel.method().equals("GET"))
                // One's own daily digest, on or off: every signed-in user's own setting, not the protocol's data.
                .filter(appel -> !appel.path().equals("/mes-rappels"))
                .toList();
        for (Appel appel : changes) {
            pilotage.get("/");
            HttpResponse<String> answer = pilotage.send(appel.method(), appel.path(), contentType(appel), true);
            assertThat(answer.body()).as("pilotage " + appel).doesNotContain(CSRF_REFUSE);
            assertThat(answer.statusCode()).as("pilotage " + appel).isEqualTo(403);
        }
        System.out.printf("Pilotage: %d state-changing mappings of ours refused (403)%n", changes.size());
        assertThat(rest(TestStaff.PILOTAGE, "POST", "/process-definition/key/accompagnement-installation/start", "{}").statusCode())
                .isEqualTo(403);
        assertThat(rest(TestStaff.PILOTAGE, "POST", "/message", "{\"messageName\":\"ArretDemarche\",\"businessKey\":\""
                + reference + "\"}").statusCode()).isIn(400, 403);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).count())
                .as("the dossier is still under way").isEqualTo(1);
    }

    @Test
    void anonymousGets401OnEveryApiAndTheLoginPageEverywhereElse() {
        String reference = new DossierDriver(engine).start().reference();
        List<Appel> appels = appels(reference);
        for (Appel appel : appels) {
            WebappSession anonymous = new WebappSession(baseUrl());
            anonymous.get("/connexion"); // the anonymous session's CSRF token, so that a POST meets the login check
            HttpResponse<String> answer = anonymous.send(appel.method(), appel.path(), contentType(appel), true);
            if (OUVERTS_A_TOUS.contains(appel.path())) {
                continue;
            }
            if (appel.api()) {
                assertThat(answer.statusCode()).as(appel.toString()).isEqualTo(401);
                assertThat(answer.body()).as(appel.toString()).contains("Connexion requise");
            } else {
                assertThat(answer.statusCode()).as(appel.toString()).isEqualTo(302);
                assertThat(answer.headers().firstValue("Location").orElse("")).as(appel.toString()).endsWith("/connexion");
            }
        }
        System.out.printf("Anonymous: %d mappings of ours (method, path) refused%n", appels.size() - 1);
        WebappSession anonymous = new WebappSession(baseUrl());
        for (String app : List.of("welcome", "tasklist", "cockpit", "admin")) {
            HttpResponse<String> page = anonymous.get("/camunda/app/" + app + "/default/");
            assertThat(page.statusCode()).as(app).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElse("")).as(app).endsWith("/connexion");
        }
        for (String api : List.of("/camunda/api/engine/engine/default/task", "/camunda/api/engine/engine/default/variable-instance",
                "/camunda/api/admin/auth/user/default", "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count")) {
            assertThat(anonymous.get(api).statusCode()).as(api).isEqualTo(401);
        }
        for (String api : List.of("/task", "/variable-instance", "/history/variable-instance", "/process-instance", "/user")) {
            assertThat(rest(null, "GET", api, null).statusCode()).as("/engine-rest" + api).isEqualTo(401);
        }
    }

    @Test
    void ourPagesSendAStrictContentSecurityPolicyAndTheWebappsKeepCamundasOwn() {
        WebappSession anonymous = new WebappSession(baseUrl());
        assertOurHeaders(anonymous.get("/connexion"), "/connexion");
        WebappSession admin = new WebappSession(baseUrl());
        assertThat(admin.logIn("cockpit", "admin", "un-secret-de-test-assez-long")).isEqualTo(200);
        for (String page : List.of("/", "/dossiers", "/tableau-de-bord", "/rapports", "/catalogue/lieux", "/mes-rappels",
                "/api/dossiers", "/swagger-ui/index.html")) {
            HttpResponse<String> answer = admin.get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            assertOurHeaders(answer, page);
        }
        for (String page : List.of("/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/", "/camunda/app/admin/default/")) {
            HttpResponse<String> answer = admin.get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            List<String> policies = answer.headers().allValues("Content-Security-Policy");
            assertThat(policies).as(page + ": one policy, Camunda's").hasSize(1);
            assertThat(policies.get(0)).as(page).contains("frame-ancestors 'none'").contains("'unsafe-eval'")
                    .isNotEqualTo(pagePolicy());
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(page).hasValue("same-origin");
        }
    }

    @Test
    void javaSerializedVariablesAreRefusedEverywhereAndNothingIsStored() throws java.io.IOException {
        DossierDriver dossier = new DossierDriver(engine).start();
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(dossier.reference()).singleResult().getId();
        String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
        String variable = serialized();
        long processes = engine.getRuntimeService().createProcessInstanceQuery().count();

        Map<String, String> calls = new java.util.LinkedHashMap<>();
        calls.put("POST /process-definition/key/accompagnement-installation/start", "{\"variables\":{\"charge\":" + variable + "}}");
        calls.put("POST /process-definition/key/accompagnement-installation/submit-form", "{\"variables\":{\"charge\":" + variable + "}}");
        calls.put("POST /task/" + task + "/complete", "{\"variables\":{\"charge\":" + variable + "}}");
        calls.put("POST /task/" + task + "/submit-form", "{\"variables\":{\"charge\":" + variable + "}}");
        calls.put("PUT /task/" + task + "/variables/charge", variable);
        calls.put("PUT /task/" + task + "/localVariables/charge", variable);
        calls.put("PUT /process-instance/" + instance + "/variables/charge", variable);
        calls.put("POST /process-instance/" + instance + "/variables", "{\"modifications\":{\"charge\":" + variable + "}}");
        calls.put("PUT /execution/" + instance + "/localVariables/charge", variable);
        calls.put("POST /message", "{\"messageName\":\"ArretDemarche\",\"businessKey\":\"" + dossier.reference()
                + "\",\"processVariables\":{\"charge\":" + variable + "}}");
        Map<String, HttpResponse<String>> answers = new java.util.LinkedHashMap<>();
        calls.forEach((call, body) -> {
            String[] methodAndPath = call.split(" ", 2);
            HttpResponse<String> answer = rest(TestStaff.CLS, methodAndPath[0], methodAndPath[1], body);
            System.out.println("Serialized variable, " + call + ": " + answer.statusCode() + " " + answer.body());
            answers.put(call, answer);
        });
        answers.forEach((call, answer) ->
                assertThat(answer.statusCode()).as(call + " " + answer.body()).isBetween(400, 499));
        assertThat(engine.getRuntimeService().createVariableInstanceQuery().variableName("charge").count())
                .as("no serialized variable stored").isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).as("no dossier started or ended").isEqualTo(processes);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).as("the task is still open").isEqualTo(1);
    }

    /** A Java-serialized value as Camunda's REST API takes it: base64, with its serialization format. */
    private static String serialized() throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(new java.util.ArrayList<>(List.of("charge utile")));
        }
        return "{\"type\":\"Object\",\"value\":\"" + java.util.Base64.getEncoder().encodeToString(bytes.toByteArray())
                + "\",\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\","
                + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}";
    }

    private void assertOurHeaders(HttpResponse<String> answer, String page) {
        assertThat(answer.headers().allValues("Content-Security-Policy")).as(page).containsExactly(pagePolicy());
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
        assertThat(answer.headers().firstValue("X-Frame-Options")).as(page).hasValue("DENY");
        assertThat(answer.headers().firstValue("Referrer-Policy")).as(page).hasValue("same-origin");
    }

    private static String pagePolicy() {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /** Every mapping of ours, with its path variables filled: the dossier's reference, an unknown id. */
    private List<Appel> appels(String reference) {
        Set<String> seen = new TreeSet<>();
        List<Appel> appels = new ArrayList<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, org.springframework.web.method.HandlerMethod method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (info.getPathPatternsCondition().getPatternValues().contains("/error")) {
                return; // Spring Boot's error page, reached by forward, changes nothing
            }
            List<String> names = methods.isEmpty() ? List.of("GET", "POST") : methods.stream().map(Enum::name).toList();
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String path = pattern.getPatternString()
                        .replaceAll("\\{reference\\}", reference)
                        .replaceAll("\\{[^}]*\\}", ID_INCONNU)
                        .replace("/**", "/x");
                for (String name : names) {
                    if (seen.add(name + " " + path)) {
                        appels.add(new Appel(name, path));
                    }
                }
            }
        });
        return appels;
    }

    private static String contentType(Appel appel) {
        return appel.api() ? "application/json" : "application/x-www-form-urlencoded";
    }

    private WebappSession signedIn(String user) {
        WebappSession session = new WebappSession(baseUrl());
        assertThat(session.signIn(user, TestStaff.password(user))).as(user).isTrue();
        return session;
    }

    static void createUser(IdentityService identity, String id) {
        TestStaff.ensureUser(identity, id, id, Groups.CLS);
    }
}
