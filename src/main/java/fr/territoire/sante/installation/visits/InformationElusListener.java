package fr.territoire.sante.installation.visits;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.matching.Croisements;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.forms.FormStepListener;
import fr.territoire.sante.installation.forms.FormValues;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** C/D. The CLS informed the elected officials of the communes concerned by the visits. */
@Component("informationElusListener")
class InformationElusListener extends FormStepListener {

    private final DossierStore store;
    private final Croisements croisements;
    private final InformationElusRepository informations;
    private final Journal journal;

    InformationElusListener(DeployedForms forms, DossierStore store, Croisements croisements,
            InformationElusRepository informations, Journal journal) {
        super(forms);
        this.store = store;
        this.croisements = croisements;
        this.informations = informations;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        String communes = form.requiredText("communesInformees");
        String moyen = form.requiredChoice("moyenInformation");
        LocalDate date = form.dateUntilToday("dateInformation");
        String commentaire = form.text("commentaire");
        form.validate();

        Dossier dossier = store.of(execution);
        informations.save(new InformationElus(dossier.getId(), croisements.current(dossier).getId(), communes, moyen,
                date, commentaire, Calendrier.maintenant()));
        journal.record(dossier, "ELUS_INFORMES", "Élus des communes concernées informés");
    }
}
