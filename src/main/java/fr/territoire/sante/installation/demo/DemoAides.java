package fr.territoire.sante.installation.demo;

import fr.territoire.sante.installation.catalogue.AideInstallationRepository;
import fr.territoire.sante.installation.catalogue.AidesInstallation;
import fr.territoire.sante.installation.catalogue.SaisieAide;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Trial run ("demo" profile only): with an empty aids catalogue, a few entirely fictional installation
 * aids and services in the demo territories, some already expired, so that the aid pages have something to
 * show, filter and search. Created through {@link AidesInstallation}, hence checked by SaisieAide.
 */
@Component
@Profile("demo")
class DemoAides {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAides.class);

    private final AidesInstallation aides;
    private final AideInstallationRepository repository;

    DemoAides(AidesInstallation aides, AideInstallationRepository repository) {
        this.aides = aides;
        this.repository = repository;
    }

    @EventListener(ApplicationReadyEvent.class)
    void auDemarrage() {
        creer();
    }

    /** Returns how many aids were created: none as soon as the catalogue holds one. */
    int creer() {
        if (repository.count() > 0) {
            return 0;
        }
        int creees = 0;
        for (SaisieAide saisie : AIDES) {
            AidesInstallation.Enregistrement enregistrement = aides.creer(saisie);
            if (enregistrement.reussi()) {
                creees++;
            } else {
                // The request form's professions may have been changed by a process owner: say so, go on.
                LOG.warn("Profil demo : aide fictive « {} » non créée : {}", saisie.intitule(), enregistrement.erreurs());
            }
        }
        LOG.warn("Profil demo : {} aides à l'installation fictives créées (porteurs et contacts inventés).", creees);
        return creees;
    }

    private static final String BRUMES = "Communauté de communes des Brumes (fictive)";
    private static final String LISIERE = "Communauté de communes de la Lisière (fictive)";

    static final List<SaisieAide> AIDES = List.of(
            new SaisieAide("Prime communale d'installation", "AIDE_COMMUNE", "Mairie de Saint-Aubin-des-Prés",
                    "Saint-Aubin-des-Prés", "medecin-generaliste;chirurgien-dentiste", "Mme Adèle Fictif",
                    "mairie@saint-aubin-des-pres.exemple.invalid", "01 00 00 01 01", "01/01/2026", "31/12/2027",
                    "Prime de 5 000 € versée à l'installation, contre un engagement d'exercice de trois ans.",
                    "https://exemple.invalid/saint-aubin/prime-installation"),
            new SaisieAide("Loyer gratuit la première année", "AIDE_INTERCOMMUNALITE", LISIERE, LISIERE, "",
                    "M. Bruno Parabole", "sante@lisiere.exemple.invalid", "01 00 00 01 02", "", "",
                    "Le cabinet des maisons de santé de l'intercommunalité est loué gratuitement pendant douze mois.",
                    "https://exemple.invalid/lisiere/loyer"),
            new SaisieAide("Bourse départementale aux internes", "AIDE_DEPARTEMENT", "Département fictif de la Brume",
                    "Département fictif de la Brume", "medecin-generaliste;sage-femme", "Service santé du département",
                    "bourses@departement-brume.exemple.invalid", "01 00 00 01 03", "01/09/2025", "31/08/2026",
                    "Bourse mensuelle pendant l'internat en échange d'une installation dans le département.",
                    "https://exemple.invalid/departement/bourses"),
            new SaisieAide("Aide régionale aux maisons de santé", "AIDE_REGION", "Région fictive du Val", "Région fictive du Val",
                    "", "Direction de l'aménagement", "msp@region-val.exemple.invalid", "", "01/01/2024", "31/12/2024",
                    "Subvention d'équipement des maisons de santé pluriprofessionnelles (programme terminé).",
                    "https://exemple.invalid/region/msp"),
            new SaisieAide("Contrat d'aide à l'installation en zone sous-dotée", "AIDE_ASSURANCE_MALADIE_ARS",
                    "Caisse fictive d'Assurance maladie", BRUMES, "medecin-generaliste;infirmier;masseur-kinesitherapeute",
                    "Conseillère installation", "installation@caisse.exemple.invalid", "01 00 00 01 05", "", "",
                    "Aide forfaitaire versée en deux fois aux professionnels qui s'installent en zone sous-dotée.",
                    "https://exemple.invalid/assurance-maladie/contrat"),
            new SaisieAide("Logement meublé pour les remplaçants", "LOGEMENT", "Mairie de Fontaine-sur-Brume",
                    "Fontaine-sur-Brume", "", "M. Tom Allégorie", "logement@fontaine-sur-brume.exemple.invalid",
                    "01 00 00 01 06", "", "", "Un T2 meublé à loyer modéré, réservé aux professionnels de santé remplaçants.",
                    "https://exemple.invalid/fontaine/logement"),
            new SaisieAide("Places en crèche réservées", "GARDE_ENFANTS_ECOLES", "Mairie de Val-de-Lisière", "Val-de-Lisière",
                    "", "Mme Rose Hypothèse", "creche@val-de-lisiere.exemple.invalid", "01 00 00 01 07", "", "",
                    "Deux places de crèche réservées chaque année aux enfants des professionnels de santé nouvellement installés.",
                    "https://exemple.invalid/val-de-lisiere/creche"),
            new SaisieAide("Accompagnement vers l'emploi du conjoint", "EMPLOI_CONJOINT", BRUMES, BRUMES, "",
                    "Mme Nora Songe", "emploi@brumes.exemple.invalid", "01 00 00 01 08", "", "",
                    "Mise en relation du conjoint avec les employeurs du territoire et le service emploi de l'intercommunalité.",
                    "https://exemple.invalid/brumes/emploi-conjoint"));
}
