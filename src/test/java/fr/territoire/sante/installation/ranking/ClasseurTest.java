package fr.territoire.sante.installation.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.catalogue.CategorieAide;
import fr.territoire.sante.installation.catalogue.TypeLieu;
import fr.territoire.sante.installation.catalogue.UrgenceBesoin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A fixture catalogue ranked with the repository's decision table; every score computed by hand from the
 * table's weights (profession 3, statut 2, mode 2, équipe 2, locaux 2, commune 3, each family need 1,
 * urgent need 2, less urgent need 1 met + 1 not met, no need 2 not met).
 */
class ClasseurTest {

    private static final String LISIERE = "Communauté de communes de la Lisière";
    private static final String BRUMES = "Communauté de communes des Brumes";

    private static TableDecision table;

    /** A GP wanting grouped practice in a team, liberal, premises, near Val-de-Lisière or in the Brumes, housing and childcare. */
    private final Criteres medecin = new Criteres("medecin-generaliste", "regroupe", "oui", "liberal", "oui",
            Criteres.communes("Val-de-Lisière\n" + BRUMES), Set.of("logement", "garde-enfants-ecoles"));

    private final Voisinage voisinage = new Voisinage("medecin-generaliste",
            List.of(new AideProche(CategorieAide.LOGEMENT, "VAL DE LISIERE", null),
                    new AideProche(CategorieAide.GARDE_ENFANTS_ECOLES, LISIERE, ""),
                    new AideProche(CategorieAide.LOGEMENT, "Rive-Fictive", "infirmier")),
            List.of(new BesoinOuvert("Val-de-Lisière", UrgenceBesoin.FAIBLE),
                    new BesoinOuvert("Val-de-Lisière", UrgenceBesoin.FORTE),
                    new BesoinOuvert("Rive-Fictive", UrgenceBesoin.FAIBLE)));

    private final List<LieuCatalogue> catalogue = List.of(
            // every criterion met: 18/18
            new LieuCatalogue(1L, "MSP des Tilleuls", "Val-de-Lisière", LISIERE, TypeLieu.MSP,
                    "medecin-generaliste;sage-femme", "LIBERAL", true, true),
            // the "belle dynamique": no team, no premises, no aid nearby, a low need; still listed with its reasons
            new LieuCatalogue(2L, "Centre de santé du Moulin", "Rive-Fictive", BRUMES, TypeLieu.CENTRE_SANTE,
                    "medecin-generaliste", "MIXTE", false, false),
            // profession not sought: excluded
            new LieuCatalogue(3L, "Cabinet dentaire des Prés", "Saint-Aubin-des-Prés", LISIERE, TypeLieu.CABINET_MEDICAL,
                    "chirurgien-dentiste", "LIBERAL", false, true),
            // salaried only: excluded although it ticks most boxes
            new LieuCatalogue(4L, "Centre hospitalier de la Lisière", "Val-de-Lisière", LISIERE, TypeLieu.ETABLISSEMENT,
                    "medecin-generaliste", "SALARIAT", true, false),
            // professions sought not filled in: that criterion does not apply
            new LieuCatalogue(5L, "Cabinet du Lac", "Fontaine-sur-Brume", BRUMES, TypeLieu.CABINET_MEDICAL,
                    "", "LIBERAL;MIXTE", false, true),
            // the same facts as site 1: same score, named before it
            new LieuCatalogue(6L, "Maison de santé de l'Étang", "Val-de-Lisière", LISIERE, TypeLieu.MSP,
                    "medecin-generaliste", "LIBERAL", true, true));

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream dmn = Files.newInputStream(Path.of("bpmn", "classement-lieux.dmn"))) {
            table = TableDecision.lire(dmn, "classement-lieux:fichier");
        }
    }

    @Test
    void eligibleSitesComeBestFirstThenTheExcludedOnes() {
        Classement classement = Classeur.classer(medecin, catalogue, voisinage, table);

        assertThat(classement.eligibles()).extracting(LieuClasse::lieuId, LieuClasse::score)
                .containsExactly(tuple(6L, 100), tuple(1L, 100), tuple(2L, 61), tuple(5L, 47));
        // excluded: 14/16 for the hospital, 5/15 for the dental practice
        assertThat(classement.exclus()).extracting(LieuClasse::lieuId, LieuClasse::score)
                .containsExactly(tuple(4L, 88), tuple(3L, 33));
        assertThat(classement.versionRegles()).isEqualTo("classement-lieux:fichier");
    }

    @Test
    void aSiteMeetingEveryCriterionSaysWhy() {
        LieuClasse tilleuls = lieu(1L);

        assertThat(tilleuls.exclu()).isFalse();
        assertThat(tilleuls.type()).isEqualTo("Maison de santé pluriprofessionnelle (MSP)");
        assertThat(tilleuls.criteresRemplis()).containsExactly(
                "La profession est recherchée par le lieu",
                "Le statut d'exercice envisagé est proposé par le lieu",
                "Mode d'exercice souhaité (isolé ou regroupé)",
                "Équipe pluriprofessionnelle conforme au souhait",
                "Locaux disponibles",
                "Dans une commune ou intercommunalité souhaitée",
                "Offre de logement recensée à proximité",
                "Garde d'enfants ou écoles recensées à proximité",
                "Besoin urgent du territoire pour cette profession");
        assertThat(tilleuls.criteresNonRemplis()).isEmpty();
        assertThat(tilleuls.exclusions()).isEmpty();
    }

    @Test
    void aSiteMissingSeveralCriteriaIsStillListedWithWhatItLacks() {
        LieuClasse moulin = lieu(2L);

        // met: profession 3 + statut 2 + mode 2 + commune 3 + low need 1 = 11; fired: 18 -> 61
        assertThat(moulin.exclu()).isFalse();
        assertThat(moulin.score()).isEqualTo(61);
        assertThat(moulin.criteresNonRemplis()).containsExactly(
                "Équipe pluriprofessionnelle non conforme au souhait",
                "Pas de locaux disponibles",
                "Pas d'offre de logement recensée à proximité", // the commune's housing aid is for nurses only
                "Pas de garde d'enfants ni d'école recensée à proximité",
                "Besoin du territoire peu urgent");
        assertThat(moulin.criteresRemplis()).contains("Dans une commune ou intercommunalité souhaitée");
    }

    @Test
    void aSiteExcludedByAHardConstraintIsListedAfterWithTheReason() {
        LieuClasse dentaire = lieu(3L);

        assertThat(dentaire.exclu()).isTrue();
        assertThat(dentaire.exclusions()).containsExactly("La profession n'est pas recherchée par le lieu");
        assertThat(dentaire.criteresRemplis()).containsExactly("Le statut d'exercice envisagé est proposé par le lieu",
                "Locaux disponibles", "Garde d'enfants ou écoles recensées à proximité");
        assertThat(lieu(4L).exclusions()).containsExactly("Le statut d'exercice envisagé n'est pas proposé par le lieu");
    }

    @Test
    void beforeTheInterviewOnlyTheProfessionAndTheTerritoryNeedsCount() {
        Criteres avantEntretien = new Criteres("medecin-generaliste", null, null, null, null, Set.of(), Set.of());

        Classement classement = Classeur.classer(avantEntretien, catalogue, voisinage, table);

        // urgent need: 5/5; low need: 4/5 -> 80; no need: 3/5 -> 60; site 5 (no profession listed), no need: 0/2 -> 0
        assertThat(classement.eligibles()).extracting(LieuClasse::lieuId, LieuClasse::score)
                .containsExactly(tuple(4L, 100), tuple(6L, 100), tuple(1L, 100), tuple(2L, 80), tuple(5L, 0));
        assertThat(classement.exclus()).extracting(LieuClasse::lieuId).containsExactly(3L);
    }

    private LieuClasse lieu(Long id) {
        Classement classement = Classeur.classer(medecin, catalogue, voisinage, table);
        return java.util.stream.Stream.concat(classement.eligibles().stream(), classement.exclus().stream())
                .filter(l -> l.lieuId().equals(id)).findFirst().orElseThrow();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
