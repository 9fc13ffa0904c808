package fr.territoire.sante.installation.withdrawal;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.FormStepListener;
import fr.territoire.sante.installation.process.FormValues;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Withdrawal form: the dossier must exist and still be under way; the reason goes to the store. */
@Component("declarationArretListener")
class DeclarationArretListener extends FormStepListener {

    static final String REFERENCE = "referenceDossierArrete";
    static final Map<String, String> MOTIFS = Map.of(
            "installe-ailleurs", "S'installe hors du territoire",
            "projet-abandonne", "Abandonne son projet",
            "raisons-personnelles", "Raisons personnelles",
            "sans-nouvelles", "Sans nouvelles du professionnel",
            "autre", "Autre motif");

    private final DossierRepository dossiers;
    private final Journal journal;

    DeclarationArretListener(DossierRepository dossiers, Journal journal) {
        this.dossiers = dossiers;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        String reference = form.requiredLine("dossierReference", "Référence du dossier");
        String motif = form.choice("motifArret", "Motif de l'arrêt", MOTIFS.keySet());
        String commentaire = form.text("commentaireArret", "Commentaire");
        Optional<Dossier> dossier = reference == null ? Optional.empty() : dossiers.findByReference(reference.toUpperCase());
        form.check(reference == null || dossier.isPresent(), "dossierReference", "aucun dossier ne porte la référence « " + reference + " »");
        form.check(dossier.map(Dossier::isActive).orElse(true), "dossierReference", "le dossier « " + reference + " » est déjà clos");
        form.validate();

        Dossier found = dossier.orElseThrow();
        found.recordWithdrawalReason(MOTIFS.get(motif) + (commentaire == null ? "" : " : " + commentaire), Calendrier.maintenant());
        execution.setProcessBusinessKey(found.getReference());
        execution.setVariable(REFERENCE, found.getReference());
        journal.record(found, "ARRET_DECLARE", "Arrêt de la démarche déclaré (" + MOTIFS.get(motif) + ")");
    }
}
