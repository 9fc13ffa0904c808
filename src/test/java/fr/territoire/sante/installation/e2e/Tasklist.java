package fr.territoire.sante.installation.e2e;

import static fr.territoire.sante.installation.e2e.Browser.xpathLiteral;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.openqa.selenium.WebElement;

/**
 * Camunda 7 Tasklist as staff use it. Locators are Tasklist's stable CSS hooks ({@code ng-model},
 * {@code ng-click}, classes) or the French texts a person reads; none depends on English wording.
 */
final class Tasklist {

    static final String PATH = "/camunda/app/tasklist/default/";

    static final By USER_MENU = By.cssSelector("li.account a.dropdown-toggle");
    static final By LOGOUT = By.cssSelector("li.account li.logout a");
    static final By EOL_BANNER = By.cssSelector(".ce-eol-banner");

    private static final By START_DIALOG = By.cssSelector(".modal-dialog");
    private static final By START_FORM = By.cssSelector(".modal-dialog [cam-tasklist-form-camunda]");
    private static final By START_BUTTON = By.cssSelector(".modal-dialog button[ng-click='startProcessInstance()']");
    private static final By TASK_TITLE = By.cssSelector("section.task-details section.task-card h2.task");
    private static final By TASK_FORM = By.cssSelector("section.task-details [cam-tasklist-form-camunda]");
    private static final By CLAIM = By.cssSelector("section.task-details button.claim");
    private static final By COMPLETE = By.cssSelector("section.task-details button[ng-click='complete()']");

    private final Browser browser;

    Tasklist(Browser browser) {
        this.browser = browser;
    }

    /**
     * Opens Tasklist while signed out: the browser is sent to the application's login page, signs in
     * there and is sent back to Tasklist; waits for the filters.
     */
    Tasklist login(String user) {
        browser.open(PATH);
        new Connexion(browser).signIn(user);
        browser.visible(USER_MENU);
        browser.visible(By.cssSelector(".task-filters .task-filter h4.name a"));
        return this;
    }

    /**
     * « Se déconnecter » in the user menu: it ends the one session, and Tasklist's login view hands the
     * browser over to the application's login page (scripts/login-redirect.js of the webapps).
     */
    Tasklist logout() {
        logoutFromUserMenu(browser);
        return this;
    }

    static void logoutFromUserMenu(Browser browser) {
        browser.click(USER_MENU);
        browser.click(LOGOUT);
        new Connexion(browser).waitUntilShown();
    }

    /** « Démarrer un processus », then the process chosen by its French name: its start form opens. */
    CamundaForm startProcess(String processName) {
        browser.click(By.cssSelector("li.start-process-action a"));
        browser.click(By.xpath("//div[contains(@class,'modal-dialog')]//ul[contains(@class,'processes')]"
                + "//a[normalize-space()=" + xpathLiteral(processName) + "]"));
        return new CamundaForm(browser, START_FORM).waitUntilShown();
    }

    /** « Démarrer » at the bottom of the start dialog. */
    void clickStart() {
        browser.click(START_BUTTON);
    }

    boolean startDialogOpen() {
        return browser.isShown(START_DIALOG);
    }

    void waitForStartDialogToClose() {
        browser.waitUntil("the start dialog closes", d -> !browser.isShown(START_DIALOG));
    }

    /** The filters in the left column, by their French names as shown. */
    List<String> filterNames() {
        return browser.all(By.cssSelector(".task-filters .task-filter h4.name a")).stream()
                .filter(WebElement::isDisplayed)
                .map(a -> a.getText().replaceAll("\\s*\\(?\\d+\\)?\\s*$", "").trim())
                .toList();
    }

    Tasklist openFilter(String filterName) {
        By filter = By.xpath("//div[contains(@class,'task-filter')][.//h4[contains(@class,'name')]/a"
                + "[starts-with(normalize-space(), " + xpathLiteral(filterName) + ")]]");
        browser.click(new ByChained(filter, By.cssSelector("h4.name a")));
        browser.waitUntil("filter « " + filterName + " » selected",
                d -> d.findElement(filter).getAttribute("class").contains("active"));
        return this;
    }

    /**
     * Narrows the selected filter's list to one dossier with the list's search box (« Filtrer les tâches »):
     * criterion « Clé métier de l’instance de processus » = the dossier reference. The shared test database
     * holds the tasks of earlier runs; this is also how a person finds one dossier's tasks.
     */
    Tasklist searchDossier(String reference) {
        By criterion = By.xpath("//div[contains(@class,'column-center')]//*[@cam-widget-search-pill]"
                + "//*[contains(@class,'value-field')][normalize-space()=" + xpathLiteral(reference) + "]");
        if (browser.all(criterion).isEmpty()) {
            browser.addSearchCriterion(".column-center", "Clé métier de l’instance de processus", reference);
        }
        return this;
    }

    private static By taskInList(String taskId) {
        return By.cssSelector("ol.tasks-list li.task h4.task a[href='#/?task=" + taskId + "']");
    }

    /** Waits for the selected filter's list to show the task (found by id; the card shows its name). */
    String taskCardName(String taskId) {
        return browser.visible(taskInList(taskId)).getText().trim();
    }

    /** The task names the selected filter lists, as a person reads them. */
    List<String> listedTaskNames() {
        return browser.all(By.cssSelector("ol.tasks-list li.task h4.task a")).stream()
                .map(a -> a.getText().trim())
                .toList();
    }

    boolean lists(String taskId) {
        return !browser.all(taskInList(taskId)).isEmpty();
    }

    /** Clicks the task in the list; its form opens in the right column. */
    CamundaForm openTask(String taskId, String taskName) {
        browser.click(taskInList(taskId));
        browser.waitUntil("task « " + taskName + " » open",
                d -> d.findElement(TASK_TITLE).getText().trim().equals(taskName));
        return new CamundaForm(browser, TASK_FORM).waitUntilShown();
    }

    /** « Prendre en charge » when the task is not yet assigned; the form is enabled afterwards. */
    CamundaForm claimIfNeeded() {
        if (browser.isShown(CLAIM)) {
            browser.click(CLAIM);
            browser.waitUntil("task claimed", d -> !browser.isShown(CLAIM));
        }
        browser.waitUntil("« Terminer » enabled", d -> d.findElement(COMPLETE).isEnabled());
        return new CamundaForm(browser, TASK_FORM).waitUntilShown();
    }

    /**
     * « Prendre en charge » only: a form that Tasklist finds invalid as it loads (a prefilled form-js
     * validates at once) keeps « Terminer » disabled until it is filled.
     */
    CamundaForm claim() {
        if (browser.isShown(CLAIM)) {
            browser.click(CLAIM);
            browser.waitUntil("task claimed", d -> !browser.isShown(CLAIM));
        }
        return new CamundaForm(browser, TASK_FORM).waitUntilShown();
    }

    /** « Terminer ». */
    void complete() {
        browser.click(COMPLETE);
    }
}
