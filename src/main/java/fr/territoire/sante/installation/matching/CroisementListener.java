package fr.territoire.sante.installation.matching;

import static fr.territoire.sante.installation.process.ProcessVariables.LIEUX_TROUVES;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.forms.FormStepListener;
import fr.territoire.sante.installation.forms.FormValues;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** C. The CPTS's matching: criteria and the practice sites retained, one per line. */
@Component("croisementListener")
class CroisementListener extends FormStepListener {

    static final int MAX_SITES = 20;
    static final String OUI = "oui";

    private final DossierStore store;
    private final Croisements croisements;
    private final Journal journal;

    CroisementListener(DeployedForms forms, DossierStore store, Croisements croisements, Journal journal) {
        super(forms);
        this.store = store;
        this.croisements = croisements;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        String criteres = form.text("criteresRetenus");
        boolean trouves = OUI.equals(form.requiredChoice("lieuxTrouves"));
        String lignes = trouves ? form.text("lieuxRetenus") : null;
        String commentaire = form.text("commentaire");
        List<LieuPropose> lieux = lignes == null ? List.of()
                : Arrays.stream(lignes.split("\\R")).map(String::trim).filter(l -> !l.isEmpty()).map(LieuPropose::parse).toList();
        form.check(!trouves || !lieux.isEmpty(), "lieuxRetenus", "indiquez au moins un lieu");
        form.check(lieux.size() <= MAX_SITES, "lieuxRetenus", MAX_SITES + " lieux au plus");
        form.check(lieux.stream().allMatch(l -> l.label().length() <= FormValues.LINE_STORED), "lieuxRetenus",
                FormValues.LINE_STORED + " caractères au plus par ligne");
        form.validate();

        Dossier dossier = store.of(execution);
        croisements.current(dossier).recordMatching(Calendrier.maintenant(), criteres, trouves, lieux, commentaire);
        if (!trouves) {
            dossier.clearLateness(Calendrier.maintenant()); // the round is over: criteria are revised next
        }
        execution.setVariable(LIEUX_TROUVES, trouves);
        journal.record(dossier, "CROISEMENT_REALISE", trouves ? lieux.size() + " lieu(x) retenu(s)" : "Aucun lieu ne correspond");
    }
}
