package fr.territoire.sante.installation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SaisieLieuTest {

    private static final Map<String, String> PROFESSIONS = new LinkedHashMap<>();

    static {
        PROFESSIONS.put("medecin-generaliste", "Médecin généraliste");
        PROFESSIONS.put("infirmier", "Infirmier ou infirmière");
        PROFESSIONS.put("sage-femme", "Sage-femme");
    }

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static SaisieLieu complete() {
        return new SaisieLieu("Maison de santé des Tilleuls", "MSP", "Saint-Aubin-des-Prés", "CC de la Lisière",
                "medecin-generaliste;Infirmier ou infirmière", "sage-femme", "libéral ; SALARIAT", "oui", "non",
                "Un cabinet de 18 m²", "450", "Sur place", "Projet validé", "Mme Inès Imaginaire", "coordinatrice",
                "contact@tilleuls.exemple.invalid", "01 00 00 00 01",
                "Mme Adèle Fictif | maire | mairie@exemple.invalid ; M. Paul Supposé |  | adjoint@exemple.invalid");
    }

    private static SaisieLieu avec(int colonne, String valeur) {
        List<String> valeurs = new java.util.ArrayList<>(complete().enColonnes());
        valeurs.set(colonne, valeur);
        return SaisieLieu.depuisColonnes(valeurs);
    }

    private static List<String> champs(SaisieLieu saisie) {
        return saisie.erreurs(PROFESSIONS).stream().map(SaisieLieu.Erreur::champ).toList();
    }

    @Test
    void aCompleteEntryHasNoError() {
        assertThat(complete().erreurs(PROFESSIONS)).isEmpty();
    }

    @Test
    void nameTypeAndCommuneAreRequired() {
        SaisieLieu vide = SaisieLieu.depuisColonnes(List.of());
        assertThat(vide.erreurs(PROFESSIONS)).extracting(SaisieLieu.Erreur::toString).containsExactly(
                "« Nom du lieu » : obligatoire.", "« Commune » : obligatoire.", "« Type de lieu » : obligatoire.");
        assertThat(champs(avec(0, "   "))).containsExactly("Nom du lieu");
    }

    @Test
    void unknownTypeProfessionOrModeIsRefused() {
        assertThat(champs(avec(1, "Hôpital de jour"))).containsExactly("Type de lieu");
        assertThat(champs(avec(4, "medecin-generaliste;astronaute"))).containsExactly("Professions présentes");
        assertThat(avec(5, "astronaute").erreurs(PROFESSIONS).get(0).message())
                .isEqualTo("« astronaute » n'est pas une profession du formulaire de demande.");
        assertThat(champs(avec(6, "libéral;bénévolat"))).containsExactly("Modes d'exercice");
    }

    @Test
    void typesProfessionsAndModesAreAcceptedByValueOrLabel() {
        assertThat(avec(1, "Maison de santé pluriprofessionnelle (MSP)").erreurs(PROFESSIONS)).isEmpty();
        assertThat(avec(1, "centre_sante").erreurs(PROFESSIONS)).isEmpty();
        assertThat(avec(4, "Médecin généraliste ; infirmier").erreurs(PROFESSIONS)).isEmpty();
        assertThat(avec(6, "Mixte;liberal").erreurs(PROFESSIONS)).isEmpty();
    }

    @Test
    void badEmailsAreRefused() {
        assertThat(champs(avec(15, "pas-une-adresse"))).containsExactly("Contact : e-mail");
        assertThat(champs(avec(17, "Mme Adèle Fictif | maire | mairie-sans-arobase"))).containsExactly("Élus à informer (1)");
    }

    @Test
    void rentIsAWholeNonNegativeNumberOfEuros() {
        assertThat(champs(avec(10, "-5"))).containsExactly("Loyer mensuel (€)");
        assertThat(champs(avec(10, "450,50"))).containsExactly("Loyer mensuel (€)");
        assertThat(champs(avec(10, "douze"))).containsExactly("Loyer mensuel (€)");
        assertThat(avec(10, "1 200").erreurs(PROFESSIONS)).isEmpty();
        assertThat(avec(10, "0").erreurs(PROFESSIONS)).isEmpty();
        assertThat(avec(10, "").erreurs(PROFESSIONS)).isEmpty();
    }

    @Test
    void eachElectedOfficialIsNameRoleAndEmail() {
        assertThat(champs(avec(17, "Mme Adèle Fictif, maire"))).containsExactly("Élus à informer (1)");
        assertThat(champs(avec(17, "A | maire | a@exemple.invalid ; | maire | b@exemple.invalid")))
                .containsExactly("Élus à informer (2)");
        assertThat(avec(17, "A | maire | a@exemple.invalid").erreurs(PROFESSIONS).isEmpty()).isTrue();
        assertThat(avec(17, "A | maire").erreurs(PROFESSIONS).get(0).message()).isEqualTo("attendu « Nom | fonction | e-mail ».");
    }

    @Test
    void yesNoFieldsAcceptOuiNonTrueFalseOnly() {
        assertThat(champs(avec(7, "peut-être"))).containsExactly("Équipe pluriprofessionnelle");
        assertThat(avec(8, "TRUE").erreurs(PROFESSIONS)).isEmpty();
    }

    @Test
    void lengthsAreLimited() {
        assertThat(avec(0, "x".repeat(201)).erreurs(PROFESSIONS)).extracting(SaisieLieu.Erreur::toString)
                .containsExactly("« Nom du lieu » : au plus 200 caractères (201 saisis).");
        assertThat(avec(0, "x".repeat(200)).erreurs(PROFESSIONS)).isEmpty();
        assertThat(champs(avec(16, "0".repeat(31)))).containsExactly("Contact : téléphone");
        assertThat(champs(avec(12, "p".repeat(4001)))).containsExactly("Projet de santé et dynamique");
    }

    @Test
    void appliedThenReadBackGivesTheSameSite() {
        LieuExercice lieu = new LieuExercice("provisoire", "provisoire", NOW);
        complete().appliquer(lieu, PROFESSIONS, NOW);

        assertThat(lieu.getCle()).isEqualTo("maison de santé des tilleuls|saint-aubin-des-prés");
        assertThat(lieu.getType()).isEqualTo(TypeLieu.MSP);
        assertThat(lieu.getProfessionsPresentes()).isEqualTo("medecin-generaliste;infirmier");
        assertThat(lieu.getModesExercice()).isEqualTo("LIBERAL;SALARIAT");
        assertThat(lieu.isEquipePluriprofessionnelle()).isTrue();
        assertThat(lieu.isLocauxDisponibles()).isFalse();
        assertThat(lieu.getLoyerMensuel()).isEqualTo(450);
        assertThat(lieu.getElus()).containsExactly(
                new EluAInformer("Mme Adèle Fictif", "maire", "mairie@exemple.invalid"),
                new EluAInformer("M. Paul Supposé", null, "adjoint@exemple.invalid"));

        SaisieLieu relue = SaisieLieu.de(lieu, PROFESSIONS);
        assertThat(relue.erreurs(PROFESSIONS)).isEmpty();
        assertThat(relue.professionsPresentes()).isEqualTo("Médecin généraliste ; Infirmier ou infirmière");
        assertThat(relue.modesExercice()).isEqualTo("Libéral ; Salariat");

        LieuExercice copie = new LieuExercice("autre", "autre", NOW);
        relue.appliquer(copie, PROFESSIONS, NOW);
        assertThat(copie).usingRecursiveComparison().ignoringFields("id").isEqualTo(lieu);
    }

    @Test
    void theFormTurnsLinesAndCheckboxesIntoAnEntry() {
        FormulaireLieu formulaire = new FormulaireLieu();
        formulaire.setNom("Cabinet du Lac");
        formulaire.setType("CABINET_MEDICAL");
        formulaire.setCommune("Val-de-Lisière");
        formulaire.setProfessionsRecherchees(List.of("medecin-generaliste", "sage-femme"));
        formulaire.setModesExercice(List.of("LIBERAL"));
        formulaire.setLocauxDisponibles("oui");
        formulaire.setElus("M. Gaspard Supposé | maire | mairie@exemple.invalid\n\n  Mme Rose Hypothèse | adjointe | sante@exemple.invalid  \n");

        SaisieLieu saisie = formulaire.saisie();

        assertThat(saisie.erreurs(PROFESSIONS)).isEmpty();
        LieuExercice lieu = new LieuExercice("x", "y", NOW);
        saisie.appliquer(lieu, PROFESSIONS, NOW);
        assertThat(lieu.getProfessionsRecherchees()).isEqualTo("medecin-generaliste;sage-femme");
        assertThat(lieu.isLocauxDisponibles()).isTrue();
        assertThat(lieu.isEquipePluriprofessionnelle()).isFalse();
        assertThat(lieu.getElus()).hasSize(2);
        assertThat(FormulaireLieu.de(lieu).getElus())
                .isEqualTo("M. Gaspard Supposé | maire | mairie@exemple.invalid\nMme Rose Hypothèse | adjointe | sante@exemple.invalid");
        assertThat(FormulaireLieu.idDuChamp("Élus à informer (2)")).isEqualTo("elus");
        assertThat(FormulaireLieu.idDuChamp("Loyer mensuel (€)")).isEqualTo("loyerMensuel");
    }
}
