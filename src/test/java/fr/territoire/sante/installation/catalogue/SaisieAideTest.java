package fr.territoire.sante.installation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SaisieAideTest {

    private static final Map<String, String> PROFESSIONS = new LinkedHashMap<>();

    static {
        PROFESSIONS.put("medecin-generaliste", "Médecin généraliste");
        PROFESSIONS.put("infirmier", "Infirmier ou infirmière");
        PROFESSIONS.put("sage-femme", "Sage-femme");
    }

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static SaisieAide complete() {
        return new SaisieAide("Prime d'installation", "Aide financière de la commune", "Mairie de Testville", "Testville",
                "medecin-generaliste;Infirmier ou infirmière", "Mme Inès Imaginaire", "mairie@testville.exemple.invalid",
                "01 00 00 00 01", "2026-01-01", "31/12/2027", "Prime de 5 000 €.", "https://exemple.invalid/prime");
    }

    private static SaisieAide avec(int colonne, String valeur) {
        List<String> valeurs = new ArrayList<>(complete().enColonnes());
        valeurs.set(colonne, valeur);
        return SaisieAide.depuisColonnes(valeurs);
    }

    private static List<String> champs(SaisieAide saisie) {
        return saisie.erreurs(PROFESSIONS).stream().map(SaisieLieu.Erreur::champ).toList();
    }

    @Test
    void aCompleteEntryHasNoError() {
        assertThat(complete().erreurs(PROFESSIONS)).isEmpty();
        assertThat(SaisieAide.COLONNES).hasSize(complete().enColonnes().size());
    }

    @Test
    void titleCategoryAndTerritoryAreRequired() {
        assertThat(SaisieAide.depuisColonnes(List.of()).erreurs(PROFESSIONS)).extracting(SaisieLieu.Erreur::toString)
                .containsExactly("« Intitulé » : obligatoire.", "« Territoire » : obligatoire.", "« Catégorie » : obligatoire.");
        assertThat(champs(avec(0, "x".repeat(201)))).containsExactly("Intitulé");
        assertThat(champs(avec(3, "x".repeat(201)))).containsExactly("Territoire");
    }

    @Test
    void categoryIsReadByNameOrLabelInAnyCase() {
        assertThat(champs(avec(1, "LOGEMENT"))).isEmpty();
        assertThat(champs(avec(1, "garde d'enfants et écoles"))).isEmpty();
        assertThat(avec(1, "Subvention").erreurs(PROFESSIONS).get(0).message()).startsWith("inconnue (Aide financière de la commune");
    }

    @Test
    void unknownProfessionBadEmailBadLinkAndLengthsAreRefused() {
        assertThat(avec(4, "medecin-generaliste;astronaute").erreurs(PROFESSIONS).get(0).message())
                .isEqualTo("« astronaute » n'est pas une profession du formulaire de demande.");
        assertThat(champs(avec(6, "pas-une-adresse"))).containsExactly("Contact : e-mail");
        assertThat(champs(avec(7, "0".repeat(31)))).containsExactly("Contact : téléphone");
        assertThat(champs(avec(10, "x".repeat(4001)))).containsExactly("Description");
        assertThat(champs(avec(11, "ftp://exemple.invalid"))).containsExactly("Lien");
        assertThat(champs(avec(11, "javascript:alert(1)"))).containsExactly("Lien");
        assertThat(champs(avec(11, "https://" + "x".repeat(500)))).containsExactly("Lien");
        assertThat(champs(avec(11, "HTTP://exemple.invalid/a?b=c"))).isEmpty();
    }

    @Test
    void datesAreIsoOrFrenchAndTheEndIsNotBeforeTheStart() {
        assertThat(champs(avec(8, "31/02/2026"))).containsExactly("Valable du");
        assertThat(champs(avec(9, "2026-13-01"))).containsExactly("Valable jusqu'au");
        assertThat(champs(avec(9, "demain"))).containsExactly("Valable jusqu'au");
        assertThat(avec(9, "31/12/2025").erreurs(PROFESSIONS)).extracting(SaisieLieu.Erreur::toString)
                .containsExactly("« Valable jusqu'au » : doit être le même jour ou après « Valable du ».");
        assertThat(champs(avec(9, "01/01/2026"))).isEmpty();
        assertThat(champs(avec(8, ""))).isEmpty();
    }

    @Test
    void appliedValuesAreStoredNormalisedAndReadBackAsTyped() {
        AideInstallation aide = new AideInstallation("x", "y", NOW);
        complete().appliquer(aide, PROFESSIONS, NOW);

        assertThat(aide.getCle()).isEqualTo("prime d'installation|testville");
        assertThat(aide.getCategorie()).isEqualTo(CategorieAide.AIDE_COMMUNE);
        assertThat(aide.getProfessions()).isEqualTo("medecin-generaliste;infirmier");
        assertThat(aide.getValideDu()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(aide.getValideJusquAu()).isEqualTo(LocalDate.of(2027, 12, 31));

        SaisieAide relue = SaisieAide.de(aide, PROFESSIONS);
        assertThat(relue.professions()).isEqualTo("Médecin généraliste ; Infirmier ou infirmière");
        assertThat(relue.valideDu()).isEqualTo("01/01/2026");
        assertThat(relue.erreurs(PROFESSIONS)).isEmpty();
        AideInstallation copie = new AideInstallation("x", "y", NOW);
        relue.appliquer(copie, PROFESSIONS, NOW);
        assertThat(SaisieAide.de(copie, PROFESSIONS)).isEqualTo(relue);
    }

    @Test
    void noProfessionMeansEveryProfessionAndAnEndedValidityIsExpired() {
        AideInstallation aide = new AideInstallation("x", "y", NOW);
        avec(4, "").appliquer(aide, PROFESSIONS, NOW);
        AffichageAide affichage = new AffichageAide(PROFESSIONS, LocalDate.of(2028, 1, 1));

        assertThat(aide.getProfessions()).isNull();
        assertThat(affichage.professions(aide.getProfessions())).isEqualTo("Toutes les professions");
        assertThat(affichage.statut(aide)).isEqualTo("Expirée");
        assertThat(affichage.validite(aide)).isEqualTo("Du 01/01/2026 au 31/12/2027");
        assertThat(new AffichageAide(PROFESSIONS, LocalDate.of(2027, 12, 31)).statut(aide)).isEqualTo("Active");
    }
}
