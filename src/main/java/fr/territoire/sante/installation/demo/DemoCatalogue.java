package fr.territoire.sante.installation.demo;

import fr.territoire.sante.installation.catalogue.LieuExerciceRepository;
import fr.territoire.sante.installation.catalogue.LieuxExercice;
import fr.territoire.sante.installation.catalogue.SaisieLieu;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Trial run ("demo" profile only): with an empty catalogue, a dozen entirely fictional practice sites in
 * the demo dossiers' communes, so that the catalogue pages have something to show and search. Created
 * through {@link LieuxExercice}, hence checked by SaisieLieu as anything a person types.
 */
@Component
@Profile("demo")
class DemoCatalogue {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCatalogue.class);

    private final LieuxExercice lieux;
    private final LieuExerciceRepository repository;

    DemoCatalogue(LieuxExercice lieux, LieuExerciceRepository repository) {
        this.lieux = lieux;
        this.repository = repository;
    }

    @EventListener(ApplicationReadyEvent.class)
    void auDemarrage() {
        creer();
    }

    /** Returns how many sites were created: none as soon as the catalogue holds one. */
    int creer() {
        if (repository.count() > 0) {
            return 0;
        }
        int crees = creerChacun(LIEUX, saisie -> lieux.creer(saisie).erreurs(), SaisieLieu::nom);
        LOG.warn("Profil demo : {} lieux d'exercice fictifs créés (noms, contacts et élus inventés).", crees);
        return crees;
    }

    /**
     * Creates each entry through {@code creer} (its refusals, empty when created); a refused one is logged,
     * not fatal: the request form's professions may have been changed by a process owner. DemoBesoins too.
     */
    static <S> int creerChacun(List<S> saisies, Function<S, List<?>> creer, Function<S, String> nom) {
        int crees = 0;
        for (S saisie : saisies) {
            List<?> erreurs = creer.apply(saisie);
            if (erreurs.isEmpty()) {
                crees++;
            } else {
                LOG.warn("Profil demo : « {} » non créé : {}", nom.apply(saisie), erreurs);
            }
        }
        return crees;
    }

    private static SaisieLieu lieu(String nom, String type, String commune, String interco, String presentes,
            String recherchees, String modes, boolean equipe, boolean locaux, String description, String loyer,
            String secretariat, String projet, String contact, String fonction, String telephone, String elus) {
        String email = ascii(contact).replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "")
                + "@" + ascii(commune).replaceAll("[^a-z]+", "-") + ".exemple.invalid";
        return new SaisieLieu(nom, type, commune, interco, presentes, recherchees, modes, equipe ? "oui" : "non",
                locaux ? "oui" : "non", description, loyer, secretariat, projet, contact, fonction, email, telephone, elus);
    }

    private static String ascii(String texte) {
        return Normalizer.normalize(texte, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static final String BRUMES = "Communauté de communes des Brumes (fictive)";
    private static final String LISIERE = "Communauté de communes de la Lisière (fictive)";

    static final List<SaisieLieu> LIEUX = List.of(
            lieu("Maison de santé des Tilleuls", "MSP", "Saint-Aubin-des-Prés", LISIERE,
                    "medecin-generaliste;infirmier;masseur-kinesitherapeute;pharmacien", "medecin-generaliste;sage-femme",
                    "LIBERAL", true, true, "Un cabinet meublé de 18 m² au rez-de-chaussée, accessible.", "450",
                    "Secrétariat partagé sur place, du lundi au vendredi", "Projet de santé validé ; protocoles de soins non programmés.",
                    "Mme Inès Imaginaire", "coordinatrice", "01 00 00 00 01",
                    "Mme Adèle Fictif | maire | mairie@saint-aubin-des-pres.exemple.invalid"),
            lieu("Cabinet du Lac", "CABINET_MEDICAL", "Val-de-Lisière", LISIERE, "medecin-generaliste",
                    "medecin-generaliste", "LIBERAL;MIXTE", false, true, "Deuxième bureau libre dans un cabinet à deux.",
                    "380", "Télésecrétariat", null, "Dr Paul Inventé", "médecin installé", "01 00 00 00 02",
                    "M. Gaspard Supposé | maire | mairie@val-de-lisiere.exemple.invalid ; "
                            + "Mme Rose Hypothèse | adjointe à la santé | sante@val-de-lisiere.exemple.invalid"),
            lieu("Centre de santé du Moulin", "CENTRE_SANTE", "Rive-Fictive", BRUMES,
                    "medecin-generaliste;infirmier;chirurgien-dentiste", "medecin-generaliste;chirurgien-dentiste",
                    "SALARIAT", true, true, "Deux cabinets équipés, dont un fauteuil dentaire.", "0",
                    "Accueil et secrétariat salariés", "Centre municipal, temps partiel possible.",
                    "M. Hugo Fabulé", "directeur", "01 00 00 00 03",
                    "Mme Léa Chimère | maire | mairie@rive-fictive.exemple.invalid"),
            lieu("Pôle de santé des Saules", "MSP", "La Chapelle-aux-Saules", BRUMES,
                    "medecin-generaliste;infirmier;orthophoniste;sage-femme", "masseur-kinesitherapeute;orthophoniste",
                    "LIBERAL", true, false, null, null, "Secrétariat commun le matin",
                    "Équipe de douze professionnels, réunions de concertation mensuelles.", "Mme Nora Songe", "coordinatrice",
                    "01 00 00 00 04", "M. Victor Mirage | maire | mairie@la-chapelle-aux-saules.exemple.invalid"),
            lieu("Cabinet de la Fontaine", "CABINET_MEDICAL", "Fontaine-sur-Brume", BRUMES, "infirmier;masseur-kinesitherapeute",
                    "medecin-generaliste;infirmier", "LIBERAL", false, true, "Local de 25 m² avec salle d'attente partagée.",
                    "320", null, null, "M. Jules Légende", "infirmier", "01 00 00 00 05",
                    "Mme Adèle Fictif | maire | mairie@fontaine-sur-brume.exemple.invalid"),
            lieu("Maison de santé du Val", "MSP", "Les Essarts-du-Val", LISIERE,
                    "medecin-generaliste;pharmacien;infirmier", "medecin-specialiste;sage-femme", "LIBERAL;SALARIAT", true, true,
                    "Cabinet de consultation avancée disponible deux jours par semaine.", "200", "Secrétariat sur place",
                    "Accueil d'internes, maître de stage présent.", "Dr Claire Rêverie", "présidente de l'association",
                    "01 00 00 00 06", "M. Bruno Parabole | maire | mairie@les-essarts-du-val.exemple.invalid"),
            lieu("Cabinet dentaire des Prés", "CABINET_MEDICAL", "Saint-Aubin-des-Prés", LISIERE, "chirurgien-dentiste",
                    "chirurgien-dentiste", "LIBERAL", false, true, "Fauteuil et salle de stérilisation à reprendre.", "600",
                    null, "Départ en retraite d'un des deux praticiens.", "Dr Marc Illusion", "chirurgien-dentiste",
                    "01 00 00 00 07", "Mme Adèle Fictif | maire | mairie@saint-aubin-des-pres.exemple.invalid"),
            lieu("Maison médicale de la Brume", "MAISON_MEDICALE", "Fontaine-sur-Brume", BRUMES,
                    "medecin-generaliste;orthophoniste", "medecin-generaliste;orthophoniste", "LIBERAL", false, false, null,
                    null, "Télésecrétariat", null, "Mme Sophie Conte", "médecin généraliste", "01 00 00 00 08",
                    "Mme Adèle Fictif | maire | mairie@fontaine-sur-brume.exemple.invalid ; "
                            + "M. Tom Allégorie | conseiller délégué | conseil@fontaine-sur-brume.exemple.invalid"),
            lieu("Centre hospitalier de la Lisière", "ETABLISSEMENT", "Val-de-Lisière", LISIERE,
                    "medecin-specialiste;sage-femme;infirmier", "medecin-specialiste;sage-femme", "SALARIAT;MIXTE", true, false,
                    null, null, "Secrétariats de service", "Consultations avancées ouvertes aux libéraux.",
                    "M. Henri Fantaisie", "directeur des affaires médicales", "01 00 00 00 09",
                    "M. Gaspard Supposé | maire | mairie@val-de-lisiere.exemple.invalid"),
            lieu("Cabinet paramédical du Moulin", "AUTRE", "Rive-Fictive", BRUMES, "masseur-kinesitherapeute;orthophoniste",
                    "masseur-kinesitherapeute", "LIBERAL", false, true, "Salle de rééducation de 40 m².", "400", null,
                    null, "Mme Alice Utopie", "masseur-kinésithérapeute", "01 00 00 00 10",
                    "Mme Léa Chimère | maire | mairie@rive-fictive.exemple.invalid"),
            lieu("Pharmacie-relais des Saules", "AUTRE", "La Chapelle-aux-Saules", BRUMES, "pharmacien", "infirmier",
                    "LIBERAL", false, true, "Bureau de soins infirmiers attenant à l'officine.", "250", null, null,
                    "M. Denis Parodie", "pharmacien titulaire", "01 00 00 00 11",
                    "M. Victor Mirage | maire | mairie@la-chapelle-aux-saules.exemple.invalid"),
            lieu("Cabinet infirmier des Essarts", "CABINET_MEDICAL", "Les Essarts-du-Val", LISIERE, "infirmier",
                    "infirmier;sage-femme", "LIBERAL", false, false, null, null, null, null, "Mme Julie Fable",
                    "infirmière", "01 00 00 00 12", ""));
}
