package fr.territoire.sante.installation.e2e;

import static fr.territoire.sante.installation.e2e.Browser.xpathLiteral;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.openqa.selenium.WebElement;

/** Camunda 7 Cockpit as a manager (pilotage) uses it: from the dashboard to one dossier's instance. */
final class Cockpit {

    static final String PATH = "/camunda/app/cockpit/default/";

    private final Browser browser;

    Cockpit(Browser browser) {
        this.browser = browser;
    }

    /** Signed out, Cockpit sends the browser to the application's login page, and back to the dashboard. */
    Cockpit login(String user) {
        browser.open(PATH);
        new Connexion(browser).signIn(user);
        browser.visible(Tasklist.USER_MENU);
        return this;
    }

    /** Cockpit's user menu is Tasklist's (same hooks); afterwards the application's login page. */
    Cockpit logout() {
        Tasklist.logoutFromUserMenu(browser);
        return this;
    }

    /** « Processus » in the header, then the process by its French name. */
    Cockpit openProcess(String processName) {
        browser.click(By.xpath("//div[contains(@class,'sections-menu')]//a[@href='#/processes'][normalize-space()='Processus']"));
        browser.click(By.xpath("//a[normalize-space()=" + xpathLiteral(processName) + "]"));
        browser.visible(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Instances de processus']"));
        return this;
    }

    /** « Ajouter des critères » → « Clé métier » = reference, then the matching instance is opened. */
    Cockpit openInstanceByBusinessKey(String businessKey) {
        browser.addSearchCriterion(".ctn-tabbed-content [cam-widget-search]", "Clé métier", businessKey);
        By rows = By.cssSelector("table.process-instances tbody tr");
        By row = By.xpath("//table[contains(@class,'process-instances')]//tbody/tr[td[normalize-space()="
                + xpathLiteral(businessKey) + "]]");
        browser.waitUntil("the instance list filtered on " + businessKey,
                d -> d.findElements(rows).size() == 1 && !d.findElements(row).isEmpty());
        browser.click(new ByChained(row, By.cssSelector("a[href*='process-instance']")));
        browser.waitUntil("the instance page of " + businessKey,
                d -> d.getCurrentUrl().contains("#/process-instance/")
                        && d.findElement(By.tagName("body")).getText().contains(businessKey));
        return this;
    }

    /** The « Tâches utilisateur » tab of the instance: the open tasks' names (the « Activité » column). */
    List<String> openTaskNames(int expected) {
        browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Tâches utilisateur']"));
        By names = By.cssSelector("table td.activity");
        browser.waitUntil(expected + " open tasks listed", d -> d.findElements(names).size() == expected);
        return browser.all(names).stream().map(WebElement::getText).map(String::trim).toList();
    }
}
