package fr.territoire.sante.installation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SaisieBesoinTest {

    private static final Map<String, String> PROFESSIONS = new LinkedHashMap<>();

    static {
        PROFESSIONS.put("medecin-generaliste", "Médecin généraliste");
        PROFESSIONS.put("sage-femme", "Sage-femme");
    }

    private static final LocalDate AUJOURDHUI = LocalDate.parse("2026-03-01");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static SaisieBesoin complete() {
        return new SaisieBesoin(" Saint-Aubin-des-Prés ", "Médecin généraliste", "critique", "Élus", "15/02/2026", "",
                "Départ en retraite");
    }

    private static SaisieBesoin avec(int colonne, String valeur) {
        List<String> valeurs = new ArrayList<>(complete().enColonnes());
        valeurs.set(colonne, valeur);
        return SaisieBesoin.depuisColonnes(valeurs);
    }

    private static List<String> erreurs(SaisieBesoin saisie) {
        return saisie.erreurs(PROFESSIONS, AUJOURDHUI).stream().map(SaisieLieu.Erreur::toString).toList();
    }

    @Test
    void aCompleteEntryHasNoErrorAndABlankStatusIsOpen() {
        assertThat(erreurs(complete())).isEmpty();
        BesoinTerritoire besoin = new BesoinTerritoire(NOW);
        complete().appliquer(besoin, PROFESSIONS, NOW);
        assertThat(besoin.getCommune()).isEqualTo("Saint-Aubin-des-Prés");
        assertThat(besoin.getProfession()).isEqualTo("medecin-generaliste");
        assertThat(besoin.getUrgence()).isEqualTo(UrgenceBesoin.CRITIQUE);
        assertThat(besoin.getSource()).isEqualTo(SourceBesoin.ELUS);
        assertThat(besoin.getDateSignalement()).isEqualTo(LocalDate.parse("2026-02-15"));
        assertThat(besoin.getStatut()).isEqualTo(StatutBesoin.OUVERT);
        assertThat(besoin.getCle()).isEqualTo("saint-aubin-des-prés|medecin-generaliste|elus|2026-02-15");
    }

    @Test
    void requiredFieldsAreNamedInFrench() {
        assertThat(erreurs(SaisieBesoin.depuisColonnes(List.of()))).containsExactly("« Commune » : obligatoire.",
                "« Profession recherchée » : obligatoire.", "« Urgence » : obligatoire.", "« Source » : obligatoire.",
                "« Date de signalement » : obligatoire.");
    }

    @Test
    void unknownValuesBadDatesAndLengthsAreRefused() {
        assertThat(erreurs(avec(1, "astronaute"))).containsExactly(
                "« Profession recherchée » : « astronaute » n'est pas une profession du formulaire de demande.");
        assertThat(erreurs(avec(2, "extrême"))).containsExactly("« Urgence » : « extrême » inconnu (Faible, Moyenne, Forte, Critique).");
        assertThat(erreurs(avec(3, "préfecture"))).singleElement().asString().startsWith("« Source »");
        assertThat(erreurs(avec(5, "fermé"))).singleElement().asString().startsWith("« Statut »");
        assertThat(erreurs(avec(4, "31/02/2026"))).containsExactly(
                "« Date de signalement » : date attendue au format AAAA-MM-JJ ou JJ/MM/AAAA.");
        assertThat(erreurs(avec(4, "2026-03-02"))).containsExactly("« Date de signalement » : ne peut pas être dans le futur.");
        assertThat(erreurs(avec(4, "2026-03-01"))).isEmpty();
        assertThat(erreurs(avec(0, "x".repeat(201)))).containsExactly("« Commune » : au plus 200 caractères (201 saisis).");
        assertThat(erreurs(avec(6, "x".repeat(2001)))).singleElement().asString().startsWith("« Commentaire » : au plus 2000");
    }

    @Test
    void valuesOrLabelsAreAcceptedAndDeTypesTheNeedBackForARoundTrip() {
        SaisieBesoin parValeurs = new SaisieBesoin("Rive-Fictive", "sage-femme", "FORTE", "PROFESSIONNELS", "2026-01-31",
                "ABANDONNE", "");
        assertThat(erreurs(parValeurs)).isEmpty();
        BesoinTerritoire besoin = new BesoinTerritoire(NOW);
        parValeurs.appliquer(besoin, PROFESSIONS, NOW);

        SaisieBesoin relue = SaisieBesoin.de(besoin, PROFESSIONS);

        assertThat(relue).isEqualTo(new SaisieBesoin("Rive-Fictive", "Sage-femme", "Forte", "Professionnels", "2026-01-31",
                "Abandonné", ""));
        assertThat(SaisieBesoin.depuisColonnes(relue.enColonnes())).isEqualTo(relue);
        assertThat(relue.cle(PROFESSIONS)).isEqualTo(besoin.getCle());
        assertThat(besoin.isArchive()).as("abandoned is a status, not an archive").isFalse();
    }
}
