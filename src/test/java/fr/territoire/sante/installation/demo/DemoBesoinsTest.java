package fr.territoire.sante.installation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.catalogue.SaisieBesoin;
import fr.territoire.sante.installation.process.Calendrier;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo needs pass the same checks as typed ones, against the request form as deployed, each with its own key. */
class DemoBesoinsTest {

    @Test
    void everyDemoNeedIsValidAndUnique() throws IOException {
        Map<String, String> professions = DemoCatalogueTest.professionsDuFormulaire();
        List<SaisieBesoin> besoins = DemoBesoins.besoins();

        assertThat(besoins).hasSizeGreaterThanOrEqualTo(8);
        for (SaisieBesoin besoin : besoins) {
            assertThat(besoin.erreurs(professions, Calendrier.aujourdhui())).as(besoin.commune()).isEmpty();
        }
        assertThat(besoins.stream().map(b -> b.cle(professions)).distinct()).hasSize(besoins.size());
    }
}
