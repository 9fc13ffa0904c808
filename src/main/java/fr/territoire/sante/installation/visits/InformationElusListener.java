package fr.territoire.sante.installation.visits;


import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.forms.FormStepListener;
import fr.territoire.sante.installation.forms.FormValues;
import fr.territoire.sante.installation.matching.Croisements;
import fr.territoire.sante.installation.process.Calendrier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * C/D. The CLS reviewed the e-mails prepared for the élus and sent them (one per commune, to the
 * addresses prepared, never to one typed in the form), and recorded how the élus without a known
 * address were informed.
 */
@Component("informationElusListener")
class InformationElusListener extends FormStepListener {

    private final DossierStore store;
    private final Croisements croisements;
    private final CourrielsElus courriels;
    private final InformationElusRepository informations;
    private final Journal journal;

    InformationElusListener(DeployedForms forms, DossierStore store, Croisements croisements, CourrielsElus courriels,
            InformationElusRepository informations, Journal journal) {
        super(forms);
        this.store = store;
        this.croisements = croisements;
        this.courriels = courriels;
        this.informations = informations;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        // What goes is prepared again from the schedule and the catalogue, never read back from the task's
        // variables: a request can set any variable, and must not choose recipients or words. The form
        // only shows the drafts (an editable list per commune keeps Tasklist's « Terminer » disabled:
        // form-js leaves an entry per repeated field in its errors); the CLS may add a message.
        String complement = form.text("messageComplementaire");
        Dossier dossier = store.of(execution);
        CourrielsElus.Preparation preparation = courriels.preparer(dossier);
        List<CourrielsElus.Saisie> saisies = preparation.brouillons().stream()
                .map(brouillon -> new CourrielsElus.Saisie(brouillon.commune(), brouillon.objet(),
                        RedactionCourrielElus.avecComplement(brouillon.message(), complement)))
                .toList();
        boolean inclureNom = form.checked("inclureNomProfessionnel");
        Map<String, List<String>> prepares = preparation.destinataires();
        if (!prepares.isEmpty()) {
            form.mustBeChecked("envoyerCourrielsElus");
        }
        boolean autreMoyen = preparation.autreMoyen();
        String moyen = autreMoyen ? form.requiredChoice("moyenInformation") : null;
        String moyenLibelle = autreMoyen ? form.choiceLabel("moyenInformation") : null;
        LocalDate date = autreMoyen ? form.dateUntilToday("dateInformation") : null;
        String commentaire = form.text("commentaire");
        form.validate();

        Long croisementId = croisements.current(dossier).getId();
        int envoyes = courriels.envoyer(dossier, croisementId, prepares, saisies, inclureNom, journal.currentUser());
        String autres = String.join(", ", preparation.communesSansAdresse());
        if (autreMoyen) {
            informations.save(new InformationElus(dossier.getId(), croisementId,
                    autres.isBlank() ? "Aucune visite prévue" : autres, moyen, date, commentaire, Calendrier.maintenant()));
        }
        InformationElusVariables.effacer(execution);
        journal.record(dossier, "ELUS_INFORMES", description(envoyes, moyenLibelle));
    }

    /** Counts and the means only: no commune, no name. */
    static String description(int communesParCourriel, String autreMoyen) {
        String courriel = communesParCourriel == 0 ? null : "courriel aux élus de " + communesParCourriel + " commune(s)";
        String autre = autreMoyen == null ? null : "autre moyen : " + autreMoyen;
        return "Élus informés : " + (courriel == null ? autre : autre == null ? courriel : courriel + " ; " + autre);
    }
}
