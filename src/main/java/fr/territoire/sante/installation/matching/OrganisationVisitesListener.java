package fr.territoire.sante.installation.matching;

import static fr.territoire.sante.installation.process.ProcessVariables.DATE_VISITES;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.forms.FormStepListener;
import fr.territoire.sante.installation.forms.FormValues;
import java.time.LocalDate;
import java.time.LocalTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** C. The CPTS informed the sites and set the visit day; the matching round is done, late or not. */
@Component("organisationVisitesListener")
class OrganisationVisitesListener extends FormStepListener {

    /** Visit reports and the hot debrief are due the evening of the visit day. */
    static final LocalTime FIN_DE_JOURNEE = LocalTime.of(20, 0);

    private final DossierStore store;
    private final Croisements croisements;
    private final Journal journal;

    OrganisationVisitesListener(DeployedForms forms, DossierStore store, Croisements croisements, Journal journal) {
        super(forms);
        this.store = store;
        this.croisements = croisements;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        LocalDate jour = form.dateFromToday("dateVisites");
        String programme = form.text("programmeVisites");
        form.mustBeChecked("lieuxInformes");
        form.validate();

        Dossier dossier = store.of(execution);
        croisements.current(dossier).recordSchedule(Calendrier.maintenant(), jour, programme);
        dossier.clearLateness(Calendrier.maintenant());
        execution.setVariable(DATE_VISITES, Calendrier.date(Calendrier.le(jour, FIN_DE_JOURNEE)));
        journal.record(dossier, "VISITES_ORGANISEES", "Visites organisées le " + jour);
    }
}
