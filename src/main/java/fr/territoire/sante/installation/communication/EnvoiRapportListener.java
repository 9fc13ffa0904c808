package fr.territoire.sante.installation.communication;

import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.forms.FormStepListener;
import fr.territoire.sante.installation.forms.FormValues;
import fr.territoire.sante.installation.reports.RapportPeriodique;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * F. « Relire et envoyer le rapport » completed: the comment goes on the report and the report to the
 * audience's active recipients. Which report comes from the business key, never from a variable a
 * completion could set; the recipients from our table, never from the form.
 */
@Component("envoiRapportListener")
class EnvoiRapportListener extends FormStepListener {

    static final String PAGE_DESTINATAIRES = "/rapports/destinataires";

    private final EnvoiRapports envoi;
    private final Journal journal;

    EnvoiRapportListener(DeployedForms forms, EnvoiRapports envoi, Journal journal) {
        super(forms);
        this.envoi = envoi;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        Long rapportId = CommunicationVariables.rapportDe(execution.getProcessBusinessKey());
        if (rapportId == null) {
            throw new IllegalStateException("communication-periodique instance without a report business key");
        }
        RapportPeriodique rapport = envoi.rapport(rapportId);
        String commentaire = form.text("commentaire");
        form.mustBeChecked("envoyerRapport");
        form.check(!envoi.destinatairesActifs(rapport.getAudience()).isEmpty(), "envoyerRapport",
                "aucun destinataire actif pour « " + rapport.getAudience().libelle() + " » ; ajoutez-en sur la page "
                        + PAGE_DESTINATAIRES + " puis terminez de nouveau la tâche");
        form.validate();
        envoi.envoyer(rapportId, commentaire, journal.currentUser());
    }
}
