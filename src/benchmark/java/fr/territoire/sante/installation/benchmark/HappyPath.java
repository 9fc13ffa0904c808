package fr.territoire.sante.installation.benchmark;

import fr.territoire.sante.installation.process.DossierDriver;
import java.util.function.BiConsumer;

/**
 * One dossier's happy path, from the request form to the end of the 12-month follow-up: each step
 * run as the CLS or CPTS member whose group the task is for ({@code as}), each timer fired the way
 * the job executor would, without a user. Kept apart from {@link Lifecycles} so that the start-up
 * probe, whose bare JVM has neither our classes nor Spring Data, can drive it too.
 */
final class HappyPath {

    static final String CLS = "cls";
    static final String CPTS = "cpts";

    private HappyPath() {
    }

    /** {@code as} receives {@link #CLS} or {@link #CPTS} and the step to run as that member. */
    static void drive(DossierDriver dossier, BiConsumer<String, Runnable> as) {
        as.accept(CLS, dossier::start);
        as.accept(CLS, dossier::proposerRendezVous);
        as.accept(CLS, () -> dossier.menerEntretien(true));
        as.accept(CPTS, dossier::renseignerProjetProfessionnel);
        as.accept(CLS, dossier::renseignerEnvironnement);
        as.accept(CPTS, () -> dossier.croiser("Maison de santé des Tilleuls – Bourg-Fictif", "Cabinet du Lac – Val-Imaginaire"));
        as.accept(CPTS, dossier::organiserVisites);
        as.accept(CLS, dossier::informerElus);
        as.accept(CPTS, dossier::rendreCompteDesVisites);
        as.accept(CPTS, dossier::menerDebriefAChaud);
        as.accept(CLS, dossier::mettreAJourReporting);
        dossier.fireTimer("TimerEvent_DateDebriefAFroid");
        as.accept(CLS, () -> dossier.menerDebriefAFroid("installation"));
        for (int mois : new int[] {3, 6, 12}) {
            dossier.fireTimer("TimerEvent_Suivi" + mois + "Mois");
            as.accept(mois == 6 ? CPTS : CLS, () -> dossier.realiserSuivi(mois));
        }
    }
}
