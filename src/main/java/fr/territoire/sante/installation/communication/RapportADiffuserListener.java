package fr.territoire.sante.installation.communication;

import fr.territoire.sante.installation.reports.RapportPeriodique;
import fr.territoire.sante.installation.reports.RapportsPeriodiques;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * F. A report produced on demand (/rapports) is to be sent: message « RapportADiffuser » with its id.
 * The sending task then goes to the group responsible for the report's audience, as for a timer.
 */
@Component("rapportADiffuser")
class RapportADiffuserListener implements ExecutionListener {

    private final RapportsPeriodiques rapports;

    RapportADiffuserListener(RapportsPeriodiques rapports) {
        this.rapports = rapports;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Long rapportId = CommunicationVariables.identifiant(execution.getVariable(CommunicationVariables.RAPPORT_ID));
        RapportPeriodique rapport = rapportId == null ? null : rapports.trouver(rapportId).orElse(null);
        if (rapport == null) {
            throw new RapportIntrouvable(rapportId);
        }
        execution.setVariable(CommunicationVariables.AUDIENCE, rapport.getAudience().name());
        execution.setVariable(CommunicationVariables.GROUPE, rapport.getAudience().groupe());
        execution.setVariable(CommunicationVariables.DU, rapport.getDu().toString());
        execution.setVariable(CommunicationVariables.AU, rapport.getAu().toString());
        preparerTache(execution, rapport);
    }

    /** What the sending task shows and reads: the report's id (also the business key) and its title. */
    static void preparerTache(DelegateExecution execution, RapportPeriodique rapport) {
        execution.setProcessBusinessKey(CommunicationVariables.cleMetier(rapport.getId()));
        execution.setVariable(CommunicationVariables.RAPPORT_ID, rapport.getId());
        execution.setVariable(CommunicationVariables.TITRE, titre(rapport));
    }

    /** « Élus référents santé – 4e trimestre 2026 ». */
    static String titre(RapportPeriodique rapport) {
        return rapport.getAudience().libelle() + " – " + new PeriodeRapport(rapport.getDu(), rapport.getAu()).libelle();
    }
}
