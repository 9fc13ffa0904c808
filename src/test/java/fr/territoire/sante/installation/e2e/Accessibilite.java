package fr.territoire.sante.installation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core (npm, installed in src/test/a11y by Maven before the integration tests) on the page the
 * browser shows, against WCAG 2.1 A and AA, and fails on any serious or critical finding, naming the
 * rule and the first elements it found; and fails when the browser's console reports a Content-Security-Policy
 * violation on the page.
 */
final class Accessibilite {

    private static final Path AXE = Path.of("src/test/a11y/node_modules/axe-core/axe.min.js");

    private Accessibilite() {
    }

    @SuppressWarnings("unchecked")
    static void verifier(Browser browser, String page) {
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        script.executeScript(axeSource());
        Object result = script.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations
                       .filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' – '
                                 + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        assertThat((List<String>) result).as("axe-core, serious or critical findings on " + page).isEmpty();
        // Every page checked here is one of ours: its Content-Security-Policy must not have blocked anything.
        assertThat(browser.cspViolations()).as("Content-Security-Policy violations in the console on " + page).isEmpty();
    }

    private static String axeSource() {
        try {
            return Files.readString(AXE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core missing: run `npm ci` in src/test/a11y (mvn verify does it)", e);
        }
    }

}
