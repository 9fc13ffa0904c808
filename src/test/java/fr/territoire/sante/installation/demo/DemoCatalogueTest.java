package fr.territoire.sante.installation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.territoire.sante.installation.catalogue.SaisieLieu;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo sites pass the same checks as typed ones, against the request form as deployed. */
class DemoCatalogueTest {

    @Test
    void everyDemoSiteIsValidFictionalAndUnique() throws IOException {
        Map<String, String> professions = professionsDuFormulaire();
        assertThat(professions).containsKey("sage-femme");

        assertThat(DemoCatalogue.LIEUX).hasSizeGreaterThanOrEqualTo(12);
        for (SaisieLieu lieu : DemoCatalogue.LIEUX) {
            assertThat(lieu.erreurs(professions)).as(lieu.nom()).isEmpty();
            assertThat(lieu.contactEmail()).as(lieu.nom()).endsWith(".exemple.invalid");
            for (String elu : lieu.elus().split(";")) {
                assertThat(elu.isBlank() || elu.trim().endsWith(".exemple.invalid")).as(elu).isTrue();
            }
        }
        assertThat(DemoCatalogue.LIEUX.stream().map(l -> (l.nom() + "|" + l.commune()).toLowerCase()).distinct())
                .hasSize(DemoCatalogue.LIEUX.size());
    }

    static Map<String, String> professionsDuFormulaire() throws IOException {
        try (InputStream form = DemoCatalogueTest.class.getResourceAsStream("/forms/demande-accompagnement.form")) {
            Map<String, String> professions = new LinkedHashMap<>();
            for (JsonNode option : champ(new ObjectMapper().readTree(form), "profession").path("values")) {
                professions.put(option.path("value").asText(), option.path("label").asText());
            }
            return professions;
        }
    }

    private static JsonNode champ(JsonNode noeud, String cle) {
        for (JsonNode composant : noeud.path("components")) {
            if (cle.equals(composant.path("key").asText())) {
                return composant;
            }
            JsonNode trouve = champ(composant, cle);
            if (!trouve.isMissingNode()) {
                return trouve;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
