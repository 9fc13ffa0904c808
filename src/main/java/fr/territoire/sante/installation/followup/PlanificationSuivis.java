package fr.territoire.sante.installation.followup;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.ProcessVariables;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * E. Plans the follow-up calls at 3, 6 and 12 months, all counted from the day the cold debrief was
 * recorded (so a late call does not push the next ones), each due at 9:00 on that day.
 */
@Component("planificationSuivis")
class PlanificationSuivis implements JavaDelegate {

    static final LocalTime HEURE_APPEL = LocalTime.of(9, 0);
    static final Map<Integer, String> ECHEANCES = Map.of(
            3, ProcessVariables.DATE_SUIVI_3_MOIS,
            6, ProcessVariables.DATE_SUIVI_6_MOIS,
            12, ProcessVariables.DATE_SUIVI_12_MOIS);

    private final DossierStore store;
    private final SuiviRepository suivis;
    private final Journal journal;

    PlanificationSuivis(DossierStore store, SuiviRepository suivis, Journal journal) {
        this.store = store;
        this.suivis = suivis;
        this.journal = journal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dossier dossier = store.of(execution);
        LocalDate debrief = Calendrier.aujourdhui();
        ECHEANCES.forEach((mois, variable) -> {
            var prevu = Calendrier.le(debrief.plusMonths(mois), HEURE_APPEL);
            suivis.save(new Suivi(dossier.getId(), mois, prevu));
            execution.setVariable(variable, Calendrier.date(prevu));
        });
        journal.record(dossier, "SUIVIS_PLANIFIES", "Suivis planifiés à 3, 6 et 12 mois");
    }
}
