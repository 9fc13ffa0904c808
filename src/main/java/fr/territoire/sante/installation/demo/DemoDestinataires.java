package fr.territoire.sante.installation.demo;

import fr.territoire.sante.installation.communication.DestinatairesRapport;
import fr.territoire.sante.installation.communication.SaisieDestinataire;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Trial run ("demo" profile only): with no report recipient yet, a few fictional ones for each
 * audience of stage F (addresses in .invalid, which no mail server delivers), so that the periodic
 * report tasks can be sent.
 */
@Component
@Profile("demo")
class DemoDestinataires {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDestinataires.class);

    static final List<SaisieDestinataire> DESTINATAIRES = List.of(
            new SaisieDestinataire("ELUS_REFERENTS", "Mme Adèle Fictif", "Élue référente santé, Fictiville", "adele.fictif@exemple.invalid"),
            new SaisieDestinataire("ELUS_REFERENTS", "M. Bruno Imaginaire", "Élu référent santé, Brumes-les-Bains", "bruno.imaginaire@exemple.invalid"),
            new SaisieDestinataire("COPIL_CLS", "Secrétariat du Copil CLS", "Pays fictif", "copil.cls@exemple.invalid"),
            new SaisieDestinataire("CONFERENCE_MAIRES", "Conférence des maires", "Communauté de communes des Brumes (fictive)", "maires@exemple.invalid"),
            new SaisieDestinataire("POLES_SANTE", "Coordination des pôles santé", "CPTS fictive", "poles.sante@exemple.invalid"),
            new SaisieDestinataire("CDOM", "Dr Camille Songe", "CDOM fictif", "cdom@exemple.invalid"),
            new SaisieDestinataire("CPAM_ARS", "Dialogue de gestion", "CPAM et ARS fictives", "cpam.ars@exemple.invalid"));

    private final DestinatairesRapport destinataires;

    DemoDestinataires(DestinatairesRapport destinataires) {
        this.destinataires = destinataires;
    }

    @EventListener(ApplicationReadyEvent.class)
    void auDemarrage() {
        creer();
    }

    /** Returns how many recipients were created: none as soon as one exists. */
    int creer() {
        if (destinataires.nombre() > 0) {
            return 0;
        }
        int crees = 0;
        for (SaisieDestinataire saisie : DESTINATAIRES) {
            crees += destinataires.ajouter(saisie, "demo").reussi() ? 1 : 0;
        }
        LOG.warn("Profil demo : {} destinataires fictifs des rapports périodiques créés.", crees);
        return crees;
    }
}
