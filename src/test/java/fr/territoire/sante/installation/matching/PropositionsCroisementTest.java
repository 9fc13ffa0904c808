package fr.territoire.sante.installation.matching;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.ranking.Classement;
import fr.territoire.sante.installation.ranking.LieuClasse;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the matching form shows, from a ranking, without an engine. */
class PropositionsCroisementTest {

    @Test
    void theTableShowsTheTwentyBestWithReasonsAndTheChecklistEveryEligibleSite() {
        List<LieuClasse> eligibles = IntStream.rangeClosed(1, 25)
                .mapToObj(i -> lieu(i, "Lieu " + i, 100 - i, false, List.of("Profession recherchée", "Locaux disponibles"), List.of(), List.of()))
                .toList();
        LieuClasse exclu = lieu(99, "Pharmacie des Saules", 0, true, List.of(), List.of(), List.of("ne recherche pas cette profession"));

        PropositionsCroisement.Propositions offre = PropositionsCroisement.de(new Classement(eligibles, List.of(exclu), "v1"));

        assertThat(offre.lieuxClasses()).hasSize(20);
        assertThat(offre.lieuxClasses().get(0)).containsEntry("rang", 1).containsEntry("lieu", "Lieu 1")
                .containsEntry("commune", "Bourg-Fictif").containsEntry("score", "99 %")
                .containsEntry("criteresRemplis", "Profession recherchée ; Locaux disponibles")
                .containsEntry("criteresNonRemplis", "—");
        assertThat(offre.lieuxProposes()).hasSize(25);
        assertThat(offre.lieuxProposes().get(0)).containsEntry("label", "Lieu 1 – Bourg-Fictif (99 %)").containsEntry("value", "1");
        assertThat(offre.autresLieux()).containsExactly(java.util.Map.of(
                "label", "Pharmacie des Saules – Bourg-Fictif – écarté : ne recherche pas cette profession", "value", "99"));
        assertThat(offre.catalogueVide()).isFalse();
    }

    @Test
    void anEmptyCatalogueGivesEmptyListsThatTheFormExplains() {
        PropositionsCroisement.Propositions offre = PropositionsCroisement.de(new Classement(List.of(), List.of(), "v1"));

        assertThat(offre.catalogueVide()).isTrue();
        assertThat(offre.variables()).containsOnlyKeys("lieuxClasses", "lieuxProposes", "autresLieux");
    }

    @Test
    void theOtherSitesAreCappedSoTheSelectStaysUsable() {
        List<LieuClasse> exclus = IntStream.rangeClosed(1, 350)
                .mapToObj(i -> lieu(i, "Lieu " + i, 0, true, List.of(), List.of(), List.of())).toList();

        assertThat(PropositionsCroisement.de(new Classement(List.of(), exclus, "v1")).autresLieux())
                .hasSize(PropositionsCroisement.AUTRES_LIEUX_MAX);
    }

    private static LieuClasse lieu(long id, String nom, int score, boolean exclu, List<String> remplis, List<String> nonRemplis,
            List<String> exclusions) {
        return new LieuClasse(id, nom, "Bourg-Fictif", "MSP", score, exclu, remplis, nonRemplis, exclusions);
    }
}
