package fr.territoire.sante.installation.demo;

import static fr.territoire.sante.installation.demo.Issue.ARRET_AU_DEBRIEF;
import static fr.territoire.sante.installation.demo.Issue.ARRET_A_L_ENTRETIEN;
import static fr.territoire.sante.installation.demo.Issue.ARRET_DECLARE_INSTALLE_AILLEURS;
import static fr.territoire.sante.installation.demo.Issue.ARRET_DECLARE_SANS_NOUVELLES;
import static fr.territoire.sante.installation.demo.Issue.AUCUN_LIEU_PUIS_ARRET;
import static fr.territoire.sante.installation.demo.Issue.AUCUN_LIEU_PUIS_NOUVEAUX_CRITERES;
import static fr.territoire.sante.installation.demo.Issue.INSTALLATION;
import static fr.territoire.sante.installation.demo.Issue.REFLEXION;
import static fr.territoire.sante.installation.demo.Jalon.CROISEMENT;
import static fr.territoire.sante.installation.demo.Jalon.DEBRIEF_A_FROID;
import static fr.territoire.sante.installation.demo.Jalon.DEMANDE;
import static fr.territoire.sante.installation.demo.Jalon.ELUS_INFORMES;
import static fr.territoire.sante.installation.demo.Jalon.ENTRETIEN;
import static fr.territoire.sante.installation.demo.Jalon.ENVIRONNEMENT;
import static fr.territoire.sante.installation.demo.Jalon.PROJET_PROFESSIONNEL;
import static fr.territoire.sante.installation.demo.Jalon.RENDEZ_VOUS;
import static fr.territoire.sante.installation.demo.Jalon.REPORTING;
import static fr.territoire.sante.installation.demo.Jalon.SUIVI_12_MOIS;
import static fr.territoire.sante.installation.demo.Jalon.SUIVI_3_MOIS;
import static fr.territoire.sante.installation.demo.Jalon.SUIVI_6_MOIS;
import static fr.territoire.sante.installation.demo.Jalon.VISITES_ORGANISEES;

import java.util.Comparator;
import java.util.List;

/**
 * The fictional dossiers of a trial run: invented names, every stage and outcome, requests spread over
 * the past fourteen months. The comment on each group says where its dossiers stand once driven, given
 * the rhythm of {@link Parcours} (interview at day 9, matching deadline at day 19, cold debrief at day 38).
 */
final class Scenarios {

    static final List<Scenario> TOUS = List.of(
            // Closed, settled: the 12-month call is done.
            new Scenario(432, "Maëlle", "Rivonel", "medecin-generaliste", null, "ars", "moyen", SUIVI_12_MOIS, INSTALLATION),
            new Scenario(425, "Théo", "Castagnier", "infirmier", null, "bouche-a-oreille", "court", SUIVI_12_MOIS, INSTALLATION),
            new Scenario(418, "Inès", "Morvandel", "sage-femme", null, "partenaires", "moyen", SUIVI_12_MOIS, INSTALLATION),
            new Scenario(412, "Lucas", "Fenouillet", "masseur-kinesitherapeute", null, "candidature-directe", "court",
                    SUIVI_12_MOIS, INSTALLATION),
            // E. Follow-up: waiting for a call's date, or a call to make (due in the past when its timer has fired).
            new Scenario(380, "Salomé", "Brivadec", "medecin-generaliste", null, "cpam", "long", SUIVI_6_MOIS, REFLEXION),
            new Scenario(300, "Hugo", "Lantrelle", "chirurgien-dentiste", null, "elus", "moyen", SUIVI_6_MOIS, INSTALLATION),
            new Scenario(235, "Chloé", "Verdagne", "orthophoniste", null, "bouche-a-oreille", "moyen", SUIVI_3_MOIS, REFLEXION),
            new Scenario(175, "Nathan", "Quillebeuf", "medecin-specialiste", "Pédiatrie", "ars", "court", SUIVI_3_MOIS,
                    INSTALLATION),
            new Scenario(140, "Léa", "Montravel", "pharmacien", null, "partenaires", "court", DEBRIEF_A_FROID, INSTALLATION),
            // D. Visits and debriefs.
            new Scenario(70, "Jules", "Parmentel", "infirmier", null, "cpam", "moyen", DEBRIEF_A_FROID, INSTALLATION),
            new Scenario(45, "Zoé", "Albarède", "medecin-generaliste", null, "elus", "court", REPORTING, INSTALLATION),
            new Scenario(33, "Adam", "Corbinel", "sage-femme", null, "candidature-directe", "moyen", REPORTING, INSTALLATION),
            new Scenario(20, "Manon", "Téraudel", "medecin-generaliste", null, "bouche-a-oreille", "court", VISITES_ORGANISEES,
                    INSTALLATION),
            // C. Matching: two past the 10-day deadline (flagged late), one without any site, one on a second round.
            new Scenario(52, "Noé", "Vassenac", "medecin-generaliste", null, "ars", "moyen", ENVIRONNEMENT, INSTALLATION),
            new Scenario(24, "Rose", "Delmontier", "infirmier", null, "elus", "court", ENVIRONNEMENT, INSTALLATION),
            new Scenario(22, "Gabriel", "Sorinval", "masseur-kinesitherapeute", null, "partenaires", "moyen", CROISEMENT,
                    AUCUN_LIEU_PUIS_NOUVEAUX_CRITERES),
            new Scenario(18, "Arthur", "Bellecombe", "medecin-generaliste", null, "bouche-a-oreille", "court", CROISEMENT,
                    INSTALLATION),
            new Scenario(17, "Louise", "Ferrandel", "medecin-specialiste", "Gériatrie", "cpam", "long", CROISEMENT,
                    AUCUN_LIEU_PUIS_NOUVEAUX_CRITERES),
            new Scenario(13, "Jade", "Roussenac", "sage-femme", null, "candidature-directe", "moyen", ENVIRONNEMENT, INSTALLATION),
            // B. Interview: two appointments already past with the interview not recorded (overdue tasks).
            new Scenario(28, "Raphaël", "Guérindel", "medecin-generaliste", null, "elus", "moyen", RENDEZ_VOUS, INSTALLATION),
            new Scenario(16, "Alice", "Marvejoul", "infirmier", null, "bouche-a-oreille", "court", RENDEZ_VOUS, INSTALLATION),
            new Scenario(12, "Paul", "Desarnaud", "orthophoniste", null, "ars", "moyen", PROJET_PROFESSIONNEL, INSTALLATION),
            new Scenario(5, "Emma", "Lescurel", "medecin-generaliste", null, "cpam", "long", RENDEZ_VOUS, INSTALLATION),
            // A. Request received, appointment to propose.
            new Scenario(10, "Tom", "Vignaudel", "pharmacien", null, "partenaires", "court", DEMANDE, INSTALLATION),
            new Scenario(6, "Lina", "Borderie", "medecin-generaliste", null, "candidature-directe", "moyen", DEMANDE, INSTALLATION),
            new Scenario(3, "Victor", "Sanclair", "autre", "Psychomotricien", "autre", "long", DEMANDE, INSTALLATION),
            new Scenario(2, "Anna", "Fougerolle", "medecin-specialiste", "Dermatologie", "ars", "court", DEMANDE, INSTALLATION),
            // Stopped, at different stages and for different reasons.
            new Scenario(60, "Sacha", "Mirebel", "medecin-generaliste", null, "bouche-a-oreille", "moyen", ENTRETIEN,
                    ARRET_A_L_ENTRETIEN),
            new Scenario(95, "Clara", "Pontavel", "infirmier", null, "elus", "court", CROISEMENT, AUCUN_LIEU_PUIS_ARRET),
            new Scenario(120, "Martin", "Chaulmeyre", "medecin-generaliste", null, "ars", "moyen", ELUS_INFORMES,
                    ARRET_DECLARE_INSTALLE_AILLEURS),
            new Scenario(150, "Eva", "Roquebrel", "masseur-kinesitherapeute", null, "cpam", "long", RENDEZ_VOUS,
                    ARRET_DECLARE_SANS_NOUVELLES),
            new Scenario(200, "Simon", "Laverdine", "chirurgien-dentiste", null, "partenaires", "moyen", DEBRIEF_A_FROID,
                    ARRET_AU_DEBRIEF));

    private Scenarios() {
    }

    /** Oldest request first, so that references (PS-year-number) follow the request dates. */
    static List<Scenario> chronologiques() {
        return TOUS.stream().sorted(Comparator.comparingInt(Scenario::ilYAJours).reversed()).toList();
    }
}
