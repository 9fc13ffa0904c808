package fr.territoire.sante.installation.communication;

import fr.territoire.sante.installation.reports.Audience;
import fr.territoire.sante.installation.reports.RapportPeriodique;
import fr.territoire.sante.installation.reports.RapportsPeriodiques;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** F. « Produire le rapport de la période »: the report of the audience and period the timer set. */
@Component("productionRapportPeriodique")
class ProductionRapportPeriodique implements JavaDelegate {

    /** Who produced a report that a timer, not a person, asked for. */
    static final String PLANIFICATION = "planification";

    private final RapportsPeriodiques rapports;

    ProductionRapportPeriodique(RapportsPeriodiques rapports) {
        this.rapports = rapports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Audience audience = Audience.valueOf((String) execution.getVariable(CommunicationVariables.AUDIENCE));
        LocalDate du = LocalDate.parse((String) execution.getVariable(CommunicationVariables.DU));
        LocalDate au = LocalDate.parse((String) execution.getVariable(CommunicationVariables.AU));
        RapportPeriodique rapport = rapports.produire(audience, du, au, PLANIFICATION);
        RapportADiffuserListener.preparerTache(execution, rapport);
    }
}
