package fr.territoire.sante.installation.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: both paths are given explicitly, so
 * Selenium Manager never looks for (or downloads) a browser or a driver. Every step can be
 * photographed into {@code target/e2e-screenshots/<journey>/NN-description.png}, one folder per journey so
 * that one test class never wipes another's pictures.
 *
 * <p>The browser behaves like a French member of staff's: French locale (form-js derives the format of
 * its date fields from the browser's locale, see {@link CamundaForm#date}) and the territory's time zone.
 * Debian's chromium ships only its en-US UI pack, so both are set through the DevTools protocol
 * ({@code Emulation.setLocaleOverride}, {@code Emulation.setTimezoneOverride}) rather than {@code --lang}.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;
    private final Path screenshots;
    private int step;

    private Browser(ChromeDriver driver, Path profile, String baseUrl, Path screenshots) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
    }

    static Browser start(String baseUrl, String journey) {
        File chromium = new File(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !chromedriver.canExecute()) {
            fail("The browser test needs Debian's Chromium and its driver: " + chromium + " and " + chromedriver
                    + " must exist and be executable. Install them with `apt-get install chromium chromium-driver`"
                    + " (.ci/run does it in CI), or point -De2e.chromium / -De2e.chromedriver at other copies.");
        }
        Path profile;
        try {
            resetScreenshots(SCREENSHOTS.resolve(journey));
            profile = Files.createTempDirectory("e2e-chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
        // The console, read by Accessibilite for Content-Security-Policy violations.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "fr-FR"));
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Paris"));
        return new Browser(driver, profile, baseUrl, SCREENSHOTS.resolve(journey));
    }

    /**
     * What the console said about the Content-Security-Policy since the last call, on our pages (the
     * webapps' pages, under /camunda/, keep Camunda's own policy and are not ours to judge).
     */
    List<String> cspViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .filter(message -> !message.startsWith(baseUrl + "/camunda/"))
                .toList();
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** The path of the page shown, without query or #fragment (where a redirect has led the browser). */
    String currentPath() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** An explicit wait: polls the condition every 100 ms for up to 20 s (no sleeps anywhere). */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    <T> T waitUntil(String what, Function<? super WebDriver, T> condition) {
        WebDriverWait wait = waiting();
        wait.withMessage(what);
        return wait.until(condition);
    }

    WebElement visible(By locator) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    boolean isShown(By locator) {
        return driver.findElements(locator).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Clicks once the element is there and clickable; retried while an overlay (fading modal, toast) is in the way. */
    void click(By locator) {
        waiting().ignoring(ElementClickInterceptedException.class)
                .ignoring(ElementNotInteractableException.class)
                .ignoring(NoSuchElementException.class)
                .until(d -> {
                    WebElement element = d.findElement(locator);
                    if (!element.isDisplayed() || !element.isEnabled()) {
                        return false;
                    }
                    scrollIntoView(element);
                    element.click();
                    return true;
                });
    }

    void type(By locator, String text) {
        WebElement element = visible(locator);
        scrollIntoView(element);
        element.clear();
        element.sendKeys(text);
    }

    void scrollIntoView(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** Saves what the screen shows as the next numbered step. */
    Path screenshot(String description) {
        Path file = screenshots.resolve(String.format("%02d-%s.png", ++step, description));
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** After a failure: the screen and the DOM, to see what a locator missed. */
    void dumpForDiagnosis(String description) {
        try {
            screenshot(description);
            Files.writeString(screenshots.resolve(String.format("%02d-%s.html", step, description)),
                    driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (RuntimeException | IOException e) {
            // the original failure matters more
        }
    }

    /**
     * Adds a criterion to a Camunda search box (cam-widget-search: Tasklist's « Filtrer les tâches »,
     * Cockpit's « Ajouter des critères »): the criterion is picked from the suggestions, then its value
     * typed and confirmed with Enter. If the list reloads meanwhile, the value editor closes; it is then
     * reopened by clicking the new criterion's value, as a person would.
     */
    void addSearchCriterion(String scope, String criterion, String value) {
        click(By.cssSelector(scope + " input[ng-model='inputQuery']"));
        click(By.xpath("//li[contains(@class,'uib-typeahead-match')]/a[normalize-space()=" + xpathLiteral(criterion) + "]"));
        By editor = By.cssSelector(scope + " [cam-widget-search-pill] input[ng-model='formData.editValue']");
        By values = By.cssSelector(scope + " [cam-widget-search-pill] .value-field .view-value");
        WebDriverWait wait = waiting();
        wait.withMessage("value « " + value + " » typed for « " + criterion + " »");
        wait.ignoring(ElementNotInteractableException.class).until(d -> {
            List<WebElement> editors = d.findElements(editor).stream().filter(WebElement::isDisplayed).toList();
            if (!editors.isEmpty()) {
                editors.get(0).clear();
                editors.get(0).sendKeys(value + "\n");
                return true;
            }
            List<WebElement> shown = d.findElements(values);
            if (!shown.isEmpty()) {
                shown.get(shown.size() - 1).click();
            }
            return false;
        });
        visible(By.xpath("//*[@cam-widget-search-pill]//*[contains(@class,'value-field')]"
                + "[normalize-space()=" + xpathLiteral(value) + "]"));
    }

    List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    /** Quotes a text for XPath (labels here contain apostrophes, never double quotes). */
    static String xpathLiteral(String text) {
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        throw new IllegalArgumentException("Text with both quote kinds: " + text);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temp directory left behind is harmless
            }
        }
    }

    private static void resetScreenshots(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> old = Files.list(folder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
    }
}
