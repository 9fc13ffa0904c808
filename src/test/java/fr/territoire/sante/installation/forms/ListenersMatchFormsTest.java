package fr.territoire.sante.installation.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every listener reads only fields its form has, as the kind of input it expects: read from the
 * diagrams (which listener ends which form's task), the forms and the listeners' source. A process
 * owner who renames or removes a field in Modeler learns it from the build, not from a user.
 */
class ListenersMatchFormsTest {

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    /** The reads of {@link FormValues}, by the kind of input each one needs. */
    private static final Map<String, Predicate<FormField>> READS = Map.ofEntries(
            Map.entry("text", FormField::isText), Map.entry("line", FormField::isText),
            Map.entry("requiredText", FormField::isText), Map.entry("requiredLine", FormField::isText),
            Map.entry("choice", FormField::offersChoices), Map.entry("requiredChoice", FormField::offersChoices),
            Map.entry("choiceLabel", FormField::offersChoices), Map.entry("choices", FormField::offersSeveralChoices),
            Map.entry("choicesFromTask", FormField::offersSeveralChoices), Map.entry("choiceFromTask", FormField::offersChoices),
            Map.entry("checked", FormField::isCheckbox), Map.entry("mustBeChecked", FormField::isCheckbox),
            Map.entry("date", FormField::isDate), Map.entry("dateUntilToday", FormField::isDate),
            Map.entry("dateTime", FormField::isDate),
            Map.entry("futureDateTime", FormField::isDate), Map.entry("rows", FormField::isList), Map.entry("label", f -> true));
    private static final Pattern READ = Pattern.compile("form\\.(\\w+)\\(\\s*\"([^\"]+)\"");
    private static final Pattern CHECK = Pattern.compile("form\\.check\\([^;]*?,\\s*\"([^\"]+)\"\\s*,");
    private static final Pattern LISTENER = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

    @Test
    void everyListenerReadsOnlyFieldsOfItsOwnForm() throws Exception {
        Map<String, FormSchema> forms = forms();
        Map<String, Path> listeners = listenerSources();
        List<String> mismatches = new ArrayList<>();
        int pairs = 0;
        for (Path diagram : files(Path.of("bpmn"), ".bpmn")) {
            for (Element element : elementsWithForms(diagram)) {
                String formRef = element.getAttributeNS(CAMUNDA, "formRef");
                for (String bean : listenersOf(element)) {
                    Path source = listeners.get(bean);
                    if (source == null || !Files.readString(source).contains("extends FormStepListener")) {
                        continue; // not a form step (e.g. the dossier's closing)
                    }
                    FormSchema form = forms.get(formRef);
                    assertThat(form).as("forms/ has a form '%s' for %s of %s", formRef, element.getAttribute("id"), diagram).isNotNull();
                    mismatches.addAll(mismatches(source.toString(), Files.readString(source), form, "forms/" + formRef + ".form"));
                    pairs++;
                }
            }
        }
        assertThat(pairs).as("form steps found in the diagrams").isGreaterThanOrEqualTo(15);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void aListenerReadingAFieldItsFormLacksIsNamedWithTheForm() {
        String source = """
                String criteres = form.text("criteresRetenus");
                String lieux = form.text("lieuxChoisis");
                String trouves = form.choice("commentaire");
                form.check(lieux != null, "sitesRetenus", "indiquez au moins un lieu");
                """;
        List<String> mismatches = mismatches("CroisementListener.java", source, FormValuesTest.form("croisement"), "forms/croisement.form");

        assertThat(mismatches).containsExactly(
                "CroisementListener.java reads 'lieuxChoisis', which forms/croisement.form does not have",
                "CroisementListener.java reads 'commentaire' with choice(), but forms/croisement.form makes it a textarea",
                "CroisementListener.java reads 'sitesRetenus', which forms/croisement.form does not have");
    }

    static List<String> mismatches(String listener, String source, FormSchema form, String formFile) {
        List<String> mismatches = new ArrayList<>();
        Matcher read = READ.matcher(source);
        while (read.find()) {
            Predicate<FormField> kind = READS.get(read.group(1));
            if (kind == null) {
                continue; // check(...) and others whose first argument is not a key
            }
            String key = read.group(2);
            FormField field = form.field(key).orElse(null);
            if (field == null) {
                mismatches.add(listener + " reads '" + key + "', which " + formFile + " does not have");
            } else if (!kind.test(field)) {
                mismatches.add(listener + " reads '" + key + "' with " + read.group(1) + "(), but " + formFile
                        + " makes it a " + field.type());
            }
        }
        Matcher check = CHECK.matcher(source);
        while (check.find()) {
            if (form.field(check.group(1)).isEmpty()) {
                mismatches.add(listener + " reads '" + check.group(1) + "', which " + formFile + " does not have");
            }
        }
        return mismatches;
    }

    private static Map<String, FormSchema> forms() throws IOException {
        Map<String, FormSchema> forms = new HashMap<>();
        for (Path file : files(Path.of("forms"), ".form")) {
            try (InputStream json = Files.newInputStream(file)) {
                FormSchema form = FormSchema.parse(json);
                forms.put(form.id(), form);
            }
        }
        return forms;
    }

    /** Listener beans by name, from their {@code @Component("name")}. */
    private static Map<String, Path> listenerSources() throws IOException {
        Pattern component = Pattern.compile("@Component\\(\"(\\w+)\"\\)");
        Map<String, Path> sources = new HashMap<>();
        for (Path file : files(Path.of("src/main/java"), ".java")) {
            Matcher name = component.matcher(Files.readString(file));
            if (name.find()) {
                sources.put(name.group(1), file);
            }
        }
        return sources;
    }

    private static List<Element> elementsWithForms(Path diagram) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(diagram.toFile());
        List<Element> elements = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttributeNS(CAMUNDA, "formRef")) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static List<String> listenersOf(Element element) {
        List<String> beans = new ArrayList<>();
        NodeList listeners = element.getElementsByTagNameNS(CAMUNDA, "executionListener");
        for (int i = 0; i < listeners.getLength(); i++) {
            Matcher bean = LISTENER.matcher("delegateExpression=\"" + ((Element) listeners.item(i)).getAttribute("delegateExpression") + "\"");
            if (bean.matches()) {
                beans.add(bean.group(1));
            }
        }
        return beans;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
