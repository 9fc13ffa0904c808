package fr.territoire.sante.installation.consent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The information notices given to professionals at intake, one text per version in
 * {@code rgpd/information/<version>.md}. A published version is never edited (a new text is a new
 * version, which the intake form then declares): so the text a professional was shown, recorded by its
 * version with their consent, stays readable as it was ({@code NoticesInformationTest} pins each text).
 */
@Component
public class NoticesInformation {

    /** Versions are short names (a month, a suffix): never a path. */
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.-]{0,39}");

    /** The notice's text (Markdown), or empty for an unknown version. */
    public Optional<String> texte(String version) {
        if (version == null || !VERSION.matcher(version).matches()) {
            return Optional.empty();
        }
        ClassPathResource resource = new ClassPathResource("rgpd/information/" + version + ".md");
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean existe(String version) {
        return texte(version).isPresent();
    }
}
