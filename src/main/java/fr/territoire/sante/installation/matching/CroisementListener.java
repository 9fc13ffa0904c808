package fr.territoire.sante.installation.matching;

import static fr.territoire.sante.installation.process.ProcessVariables.LIEUX_TROUVES;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.forms.FormStepListener;
import fr.territoire.sante.installation.forms.FormValues;
import fr.territoire.sante.installation.process.Calendrier;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** C. The CPTS's matching: the catalogue sites picked to contact, a "belle dynamique" with why, or none. */
@Component("croisementListener")
class CroisementListener extends FormStepListener {

    static final String OUI = "oui";
    static final String LIEUX = "lieuxAContacter";
    static final String BELLE_DYNAMIQUE = "lieuBelleDynamique";
    static final String RAISON = "raisonBelleDynamique";

    private final DossierStore store;
    private final Croisements croisements;
    private final SelectionLieux selection;
    private final Journal journal;

    CroisementListener(DeployedForms forms, DossierStore store, Croisements croisements, SelectionLieux selection,
            Journal journal) {
        super(forms);
        this.store = store;
        this.croisements = croisements;
        this.selection = selection;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        String criteres = form.text("criteresRetenus");
        String commentaire = form.text("commentaire");
        boolean trouves = OUI.equals(form.requiredChoice("lieuxTrouves"));
        List<String> coches = form.choicesFromTask("lieuxAContacter");
        String belle = form.choiceFromTask("lieuBelleDynamique");
        String raison = form.text("raisonBelleDynamique");
        Dossier dossier = store.of(execution);
        List<LieuPropose> lieux = List.of();
        if (trouves) {
            SelectionLieux.Selection retenus = selection.retenir(dossier.getId(), coches, belle, raison);
            retenus.refus().forEach(refus -> form.check(false, refus.champ(), refus.message()));
            lieux = retenus.lieux();
        }
        form.validate();

        croisements.current(dossier).recordMatching(Calendrier.maintenant(), criteres, trouves, lieux, commentaire);
        if (!trouves) {
            dossier.clearLateness(Calendrier.maintenant()); // the round is over: criteria are revised next
        }
        execution.setVariable(LIEUX_TROUVES, trouves);
        long belles = lieux.stream().filter(LieuPropose::isBelleDynamique).count();
        journal.record(dossier, "CROISEMENT_REALISE", trouves
                ? lieux.size() + " lieu(x) à contacter" + (belles > 0 ? ", dont " + belles + " pour sa belle dynamique" : "")
                : "Aucun lieu ne correspond");
    }
}
