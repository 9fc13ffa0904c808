package fr.territoire.sante.installation.process;

import fr.territoire.sante.installation.visits.PlanningVisites;
import fr.territoire.sante.installation.visits.SaisieVisite;
import java.util.function.Consumer;

/** Plans, as a CPTS member would on the dossier page, one visit per proposed site, five days ahead. */
public final class VisitesDeTest {

    public static final int DANS_JOURS = 5;

    private VisitesDeTest() {
    }

    public static Consumer<String> unParLieu(PlanningVisites planning) {
        return reference -> {
            int heure = 9;
            for (var lieu : planning.lieuxProposes(planning.dossier(reference))) {
                PlanningVisites.Resultat resultat = planning.planifier(reference, new SaisieVisite(String.valueOf(lieu.getId()),
                        DossierDriver.inDays(DANS_JOURS), heure + ":00", (heure + 1) + ":30", "Chargée de mission CLS",
                        "Coordinateur CPTS", "Dr Exemple, médecin du lieu", "Adjointe au maire"), "cpts1");
                if (!resultat.reussi()) {
                    throw new IllegalStateException("Visit refused: " + resultat.erreurs());
                }
                heure += 3;
            }
        };
    }
}
