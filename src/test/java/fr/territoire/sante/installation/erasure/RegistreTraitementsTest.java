package fr.territoire.sante.installation.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/registre-des-traitements.md is what {@link RegistreTraitements} makes of the configuration today:
 * a diagram, a form, a group or the store's inventory that changes without the record fails here, with
 * the command that writes it again ({@code -Dregistre.ecrire=true}).
 */
class RegistreTraitementsTest {

    @Test
    void theCommittedRecordIsWhatTheConfigurationGives() throws IOException {
        String genere = new RegistreTraitements(Path.of("")).generer();
        Path fichier = RegistreTraitements.FICHIER;
        if (Boolean.getBoolean("registre.ecrire")) {
            Files.writeString(fichier, genere, StandardCharsets.UTF_8);
        }
        String engage = Files.exists(fichier) ? Files.readString(fichier, StandardCharsets.UTF_8) : "";
        assertThat(engage).as("docs/registre-des-traitements.md is out of date; regenerate it with:%n  %s%n",
                RegistreTraitements.COMMANDE).isEqualTo(genere);
        assertThat(genere).contains("## 1. Traitement du CLS", "## 2. Traitement de la CPTS", "1825 jours (P1825D)",
                "Prénom", "Adresse e-mail");
    }
}
