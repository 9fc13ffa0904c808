package fr.territoire.sante.installation.e2e;

import fr.territoire.sante.installation.TestStaff;
import org.openqa.selenium.By;

/**
 * The application's one login page, {@code /connexion}: a browser that is not signed in is sent there
 * from any page, Tasklist and Cockpit included, and back to that page once signed in.
 */
final class Connexion {

    static final String PATH = "/connexion";
    static final By IDENTIFIANT = By.id("identifiant");
    static final By MOT_DE_PASSE = By.id("motDePasse");
    static final By SE_CONNECTER = By.cssSelector("form[action='/connexion'] button[type='submit']");

    private final Browser browser;

    Connexion(Browser browser) {
        this.browser = browser;
    }

    /** Waits for the login page (the browser has been sent to it), then signs in as the user. */
    void signIn(String user) {
        waitUntilShown();
        browser.type(IDENTIFIANT, user);
        browser.type(MOT_DE_PASSE, TestStaff.password(user));
        browser.click(SE_CONNECTER);
        browser.waitUntil("signed in as " + user + ", away from the login page", d -> !PATH.equals(browser.currentPath()));
    }

    Browser browser() {
        return browser;
    }

    Connexion waitUntilShown() {
        browser.waitUntil("the login page " + PATH, d -> PATH.equals(browser.currentPath()));
        browser.visible(IDENTIFIANT);
        return this;
    }
}
