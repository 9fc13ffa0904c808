package fr.territoire.sante.installation.demo;

import fr.territoire.sante.installation.catalogue.BesoinTerritoireRepository;
import fr.territoire.sante.installation.catalogue.BesoinsTerritoire;
import fr.territoire.sante.installation.catalogue.SaisieBesoin;
import fr.territoire.sante.installation.process.Calendrier;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Trial run ("demo" profile only): with no territory need yet, eight fictional ones in the demo
 * communes, reported some days or weeks before today, created through {@link BesoinsTerritoire} and so
 * checked as anything a person types.
 */
@Component
@Profile("demo")
class DemoBesoins {

    private static final Logger LOG = LoggerFactory.getLogger(DemoBesoins.class);

    private final BesoinsTerritoire besoins;
    private final BesoinTerritoireRepository repository;

    DemoBesoins(BesoinsTerritoire besoins, BesoinTerritoireRepository repository) {
        this.besoins = besoins;
        this.repository = repository;
    }

    @EventListener(ApplicationReadyEvent.class)
    void auDemarrage() {
        creer();
    }

    /** Returns how many needs were created: none as soon as the catalogue holds one. */
    int creer() {
        if (repository.count() > 0) {
            return 0;
        }
        int crees = DemoCatalogue.creerChacun(besoins(), saisie -> besoins.creer(saisie).erreurs(),
                saisie -> "besoin à " + saisie.commune());
        LOG.warn("Profil demo : {} besoins du territoire fictifs créés.", crees);
        return crees;
    }

    /** Dated from today, so that none is ever in the future nor absurdly old. */
    static List<SaisieBesoin> besoins() {
        return List.of(
                besoin("Saint-Aubin-des-Prés", "medecin-generaliste", "CRITIQUE", "ELUS", 12, "OUVERT",
                        "Départ en retraite du dernier médecin du bourg ; 1 800 patients sans médecin traitant."),
                besoin("Val-de-Lisière", "sage-femme", "FORTE", "ARS", 30, "EN_COURS",
                        "Aucune sage-femme libérale à moins de 25 minutes."),
                besoin("Rive-Fictive", "chirurgien-dentiste", "FORTE", "CPAM", 45, "OUVERT",
                        "Délais de rendez-vous supérieurs à six mois."),
                besoin("La Chapelle-aux-Saules", "masseur-kinesitherapeute", "MOYENNE", "PROFESSIONNELS", 20, "OUVERT",
                        "Les kinésithérapeutes de la MSP refusent de nouveaux patients."),
                besoin("Fontaine-sur-Brume", "medecin-generaliste", "CRITIQUE", "ELUS", 5, "EN_COURS",
                        "Cabinet de la Fontaine prêt à accueillir un médecin."),
                besoin("Les Essarts-du-Val", "orthophoniste", "MOYENNE", "PROFESSIONNELS", 60, "OUVERT", ""),
                besoin("Saint-Aubin-des-Prés", "infirmier", "FAIBLE", "CPAM", 90, "POURVU",
                        "Installation d'une infirmière libérale en début d'année."),
                besoin("Val-de-Lisière", "medecin-specialiste", "MOYENNE", "AUTRE", 120, "ABANDONNE",
                        "Consultation avancée de cardiologie : projet porté par le centre hospitalier."));
    }

    private static SaisieBesoin besoin(String commune, String profession, String urgence, String source, int joursAvant,
            String statut, String commentaire) {
        return new SaisieBesoin(commune, profession, urgence, source, Calendrier.aujourdhui().minusDays(joursAvant).toString(),
                statut, commentaire);
    }
}
