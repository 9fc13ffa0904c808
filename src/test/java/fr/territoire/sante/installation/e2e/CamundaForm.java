package fr.territoire.sante.installation.e2e;

import static fr.territoire.sante.installation.e2e.Browser.xpathLiteral;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A Camunda Form (form-js) as rendered by Tasklist, filled the way a person does: each field is found by
 * the French label on screen, never by its technical key. form-js links each label to its input with
 * {@code for} (ids look like {@code fjs-form-<random>-Field_nom}, the random part changes at every render,
 * so elements are looked up again for each action).
 */
final class CamundaForm {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Browser browser;
    private final By root;

    /** @param root the element around the form: the start dialog or the task pane */
    CamundaForm(Browser browser, By root) {
        this.browser = browser;
        this.root = root;
    }

    CamundaForm waitUntilShown() {
        browser.visible(new ByChained(root, By.cssSelector(".fjs-container .fjs-form")));
        return this;
    }

    /** The label whose own text (without the required-field asterisk) is exactly {@code label}. */
    private By label(String label) {
        return new ByChained(root, By.xpath(".//div[contains(@class,'fjs-form-field')]"
                + "//label[normalize-space(text()[1])=" + xpathLiteral(label) + "]"));
    }

    private String inputId(String label) {
        return browser.visible(label(label)).getAttribute("for");
    }

    WebElement input(String label) {
        return browser.driver().findElement(By.id(inputId(label)));
    }

    /** Text fields and text areas; a newline in {@code text} starts a new line in a text area. */
    CamundaForm type(String label, String text) {
        browser.type(By.id(inputId(label)), text);
        return this;
    }

    /** form-js selects are not {@code <select>}s: a display box opens a list of the options' labels. */
    CamundaForm select(String label, String option) {
        String id = inputId(label);
        browser.click(By.id(id + "-display"));
        browser.click(By.xpath("//*[@id=" + xpathLiteral(id + "-display") + "]/ancestor::div[contains(@class,'fjs-form-field')][1]"
                + "//div[contains(@class,'fjs-dropdownlist-item') and normalize-space()=" + xpathLiteral(option) + "]"));
        browser.waitUntil("option « " + option + " » shown in « " + label + " »",
                d -> d.findElement(By.id(id + "-display")).getText().trim().equals(option));
        return this;
    }

    /** A radio group: {@code group} is the question, {@code option} the answer's label. */
    CamundaForm choose(String group, String option) {
        By radio = new ByChained(root, By.xpath(".//div[contains(@class,'fjs-form-field-radio')]"
                + "[label[1][normalize-space(text()[1])=" + xpathLiteral(group) + "]]"
                + "/label[normalize-space(.)=" + xpathLiteral(option) + "]/input"));
        clickUntilSelected(radio, "« " + option + " » chosen for « " + group + " »");
        return this;
    }

    /** A checklist: {@code group} is the question; ticks the option whose label starts with {@code option}. */
    CamundaForm tick(String group, String option) {
        By box = new ByChained(root, By.xpath(".//div[contains(@class,'fjs-form-field-checklist')]"
                + "[label[1][normalize-space(text()[1])=" + xpathLiteral(group) + "]]"
                + "//label[starts-with(normalize-space(.)," + xpathLiteral(option) + ")]//input"));
        clickUntilSelected(box, "« " + option + " » ticked in « " + group + " »");
        return this;
    }

    /** A searchable form-js select: types {@code typed} in its box, then picks the option starting with {@code option}. */
    CamundaForm search(String label, String typed, String option) {
        String id = inputId(label);
        browser.type(By.id(id), typed);
        browser.click(By.xpath("//*[@id=" + xpathLiteral(id) + "]/ancestor::div[contains(@class,'fjs-form-field')][1]"
                + "//div[contains(@class,'fjs-dropdownlist-item') and starts-with(normalize-space(),"
                + xpathLiteral(option) + ")]"));
        return this;
    }

    /** The cells of a form-js table, row by row, as shown (its first page). */
    List<List<String>> tableRows(String label) {
        By rows = new ByChained(root, By.xpath(".//div[contains(@class,'fjs-form-field-table')]"
                + "[.//label[normalize-space(text()[1])=" + xpathLiteral(label) + "]]//tbody/tr"));
        browser.waitUntil("rows in « " + label + " »", d -> !d.findElements(rows).isEmpty());
        return browser.all(rows).stream().map(row -> row.findElements(By.tagName("td")).stream()
                .map(cell -> cell.getText().trim()).toList()).toList();
    }

    CamundaForm check(String label) {
        clickUntilSelected(new ByChained(label(label), By.xpath("./input[@type='checkbox']")), "« " + label + " » ticked");
        return this;
    }

    /**
     * A form-js date field. It is a flatpickr input that accepts typing; its format comes from the
     * browser's locale ({@code Intl.DateTimeFormat}): with the French locale it is dd/mm/yyyy (the
     * placeholder reads "dd/mm/yyyy"); an English browser would expect mm/dd/yyyy. The typed text is
     * parsed when the field loses focus, so focus is moved on with TAB.
     */
    CamundaForm date(String label, LocalDate date) {
        return typeThenLeave(label, FRENCH_DATE.format(date), "date");
    }

    /** Opens the date picker of a date field and returns the month and weekday names it shows, then closes it. */
    java.util.List<String> datePickerNames(String label) {
        By field = By.id(inputId(label));
        browser.click(field);
        By names = By.cssSelector(".flatpickr-calendar.open .flatpickr-monthDropdown-month, .flatpickr-calendar.open .flatpickr-weekday");
        browser.waitUntil("the date picker of « " + label + " » opened", d -> !d.findElements(names).isEmpty());
        java.util.List<String> shown = browser.driver().findElements(names).stream()
                .map(element -> element.getAttribute("textContent").trim()).toList();
        browser.driver().findElement(field).sendKeys(Keys.ESCAPE);
        return shown;
    }

    /** The time half of a form-js date-and-time field: 24-hour "hh:mm" (use24h in the form). */
    CamundaForm time(String label, String hhmm) {
        return typeThenLeave(label, hhmm, "time");
    }

    /** Types into a picker field, leaves it with TAB (which makes form-js parse it) and waits until kept. */
    private CamundaForm typeThenLeave(String label, String text, String what) {
        By field = By.id(inputId(label));
        browser.type(field, text);
        browser.driver().findElement(field).sendKeys(Keys.TAB);
        browser.waitUntil(what + " « " + text + " » kept in « " + label + " »",
                d -> text.equals(d.findElement(field).getAttribute("value")));
        return this;
    }

    /** The error form-js shows under a field, waited for (empty text if it never comes). */
    String errorUnder(String label) {
        String id = inputId(label);
        By error = By.id(id + "-error-message");
        browser.waitUntil("an error under « " + label + " »",
                d -> !d.findElement(error).getText().isBlank()
                        && "true".equals(d.findElement(By.id(id)).getAttribute("aria-invalid")));
        return browser.driver().findElement(error).getText().trim();
    }

    /** The fields currently marked invalid, by their label. */
    java.util.List<String> invalidFields() {
        return browser.all(new ByChained(root, By.cssSelector("[aria-invalid='true']"))).stream()
                .map(input -> input.getAttribute("id"))
                .map(id -> browser.all(By.cssSelector("label[for='" + id + "']")))
                .filter(labels -> !labels.isEmpty())
                .map(labels -> labels.get(0).getText().replace("*", "").trim())
                .toList();
    }

    private void clickUntilSelected(By locator, String what) {
        // A click on a radio or checkbox can land while form-js re-renders after the previous field lost
        // focus (the layout shifts); the wait clicks again until the box really is selected.
        browser.waitUntil(what, d -> {
            WebElement box = d.findElement(locator);
            if (!box.isSelected()) {
                browser.scrollIntoView(box);
                box.click();
            }
            return d.findElement(locator).isSelected();
        });
    }
}
