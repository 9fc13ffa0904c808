package fr.territoire.sante.installation.matching;

import static fr.territoire.sante.installation.process.ProcessVariables.DATE_VISITES;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.forms.FormStepListener;
import fr.territoire.sante.installation.forms.FormValues;
import fr.territoire.sante.installation.process.Calendrier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * C. The CPTS contacted the sites and planned the visits on the dossier page; the matching round is done,
 * late or not. At least one visit must be planned: its schedule gives the round's visit day and the due
 * date of the visit reports.
 */
@Component("organisationVisitesListener")
class OrganisationVisitesListener extends FormStepListener {

    /** Visit reports and the hot debrief are due the evening of the last visit's day (or its end, if later). */
    static final LocalTime FIN_DE_JOURNEE = LocalTime.of(20, 0);

    private final DossierStore store;
    private final Croisements croisements;
    private final CalendrierVisites visites;
    private final Journal journal;

    OrganisationVisitesListener(DeployedForms forms, DossierStore store, Croisements croisements, CalendrierVisites visites,
            Journal journal) {
        super(forms);
        this.store = store;
        this.croisements = croisements;
        this.visites = visites;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        form.mustBeChecked("visitesPlanifiees");
        String commentaire = form.text("commentaire");
        Dossier dossier = store.of(execution);
        Optional<Instant> fin = visites.finDerniereVisite(dossier.getId());
        form.check(fin.isPresent(), "visitesPlanifiees", "aucune visite n'est planifiée pour le dossier " + dossier.getReference()
                + " : planifiez-les dans la section « Visites planifiées » de la fiche du dossier (/dossiers/"
                + dossier.getReference() + "#visites-planifiees)");
        form.validate();

        LocalDate jour = LocalDate.ofInstant(fin.get(), Calendrier.FUSEAU);
        Instant soir = Calendrier.le(jour, FIN_DE_JOURNEE);
        String programme = visites.programme(dossier.getId());
        if (commentaire != null) {
            programme = programme + "\n\n" + commentaire;
        }
        if (programme.length() > FormValues.TEXT_STORED) {
            programme = programme.substring(0, FormValues.TEXT_STORED);
        }
        croisements.current(dossier).recordSchedule(Calendrier.maintenant(), jour, programme);
        dossier.clearLateness(Calendrier.maintenant());
        execution.setVariable(DATE_VISITES, Calendrier.date(fin.get().isAfter(soir) ? fin.get() : soir));
        journal.record(dossier, "VISITES_ORGANISEES", "Visites organisées, la dernière le " + Calendrier.JOUR.format(jour));
    }
}
