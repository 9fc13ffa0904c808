package fr.territoire.sante.installation.errors;

import fr.territoire.sante.installation.TestStaff;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One member of staff over HTTP, three ways in: our pages in a signed-in session (Spring Security's CSRF
 * token sent back as a form field or header), the webapps' API in the same session (Camunda's own CSRF
 * token), and Camunda's REST API with HTTP Basic. Redirects are not followed.
 */
final class SessionHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"_csrf\"");

    private final String base;
    private final String utilisateur;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String jetonPages = "";
    private String jetonWebapps = "";

    SessionHttp(String base, String utilisateur) {
        this.base = base;
        this.utilisateur = utilisateur;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Signs in on /connexion, then keeps the tokens of a page of ours and of Tasklist. */
    SessionHttp connecter() {
        String formulaire = "identifiant=" + URLEncoder.encode(utilisateur, StandardCharsets.UTF_8) + "&motDePasse="
                + URLEncoder.encode(TestStaff.password(utilisateur), StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(jeton(envoyer(requete("/connexion").GET()).body()), StandardCharsets.UTF_8);
        HttpResponse<String> connexion = envoyer(requete("/connexion").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulaire)));
        if (connexion.statusCode() != 302 || connexion.headers().firstValue("Location").orElse("").contains("erreur")) {
            throw new IllegalStateException("sign-in refused for " + utilisateur);
        }
        jetonPages = jeton(envoyer(requete("/").GET()).body());
        HttpResponse<String> tasklist = envoyer(requete("/camunda/app/tasklist/default/").GET());
        jetonWebapps = tasklist.headers().firstValue("X-XSRF-TOKEN").orElseGet(() -> cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse(""));
        return this;
    }

    String jetonPages() {
        return jetonPages;
    }

    /** A request of this session: the CSRF header each part of the application expects, or HTTP Basic for the REST API. */
    HttpRequest.Builder requete(String chemin) {
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create(base + chemin)).timeout(Duration.ofSeconds(60));
        if (chemin.startsWith("/engine-rest")) {
            String identifiants = utilisateur + ":" + TestStaff.password(utilisateur);
            requete.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(identifiants.getBytes(StandardCharsets.UTF_8)));
        } else if (chemin.startsWith("/camunda/")) {
            requete.header("X-XSRF-TOKEN", jetonWebapps);
        } else if (!jetonPages.isEmpty()) {
            requete.header("X-CSRF-TOKEN", jetonPages);
        }
        return requete;
    }

    HttpResponse<String> envoyer(HttpRequest.Builder requete) {
        HttpRequest construite = requete.build();
        try {
            return client.send(construite, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(construite.method() + " " + construite.uri().getPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String jeton(String html) {
        Matcher trouve = CSRF.matcher(html);
        if (!trouve.find()) {
            throw new IllegalStateException("no _csrf field in the page");
        }
        return trouve.group(1) != null ? trouve.group(1) : trouve.group(2);
    }
}
