package fr.territoire.sante.installation.demo;

import fr.territoire.sante.installation.demo.Saisies.Intervenant;
import fr.territoire.sante.installation.identity.Groups;
import fr.territoire.sante.installation.matching.LieuPropose;
import fr.territoire.sante.installation.matching.ReponsesLieux;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.ProcessKeys;
import fr.territoire.sante.installation.visits.PlanningVisites;
import fr.territoire.sante.installation.visits.SaisieVisite;
import fr.territoire.sante.installation.process.ProcessVariables;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Drives one fictional dossier along the protocol's usual rhythm, counted in days from its request: each
 * step is submitted at its own date, in the past, so the reporting table shows realistic dates and delays.
 * A step whose date has not come yet is not done: the dossier then simply waits there, as a real one would.
 */
final class Parcours {

    /** Fictional sites, "name – commune" as the matching form expects them. */
    static final List<String> LIEUX = List.of(
            "Maison de santé des Tilleuls – Saint-Aubin-des-Prés",
            "Cabinet du Lac – Val-de-Lisière",
            "Centre de santé du Moulin – Rive-Fictive",
            "Pôle de santé des Saules – La Chapelle-aux-Saules",
            "Cabinet de la Fontaine – Fontaine-sur-Brume",
            "Maison de santé du Val – Les Essarts-du-Val");

    private static final Intervenant AMELIE = new Intervenant("amelie", Groups.CLS);
    private static final Intervenant BASILE = new Intervenant("basile", Groups.CLS);
    private static final Intervenant CAMILLE = new Intervenant("camille", Groups.CPTS);
    private static final Intervenant DAMIEN = new Intervenant("damien", Groups.CPTS);

    private final Saisies saisies;
    private final PlanningVisites planning;
    private final ReponsesLieux reponses;
    private final Scenario scenario;
    private final int rang;
    private final Instant maintenant;
    private final LocalDate jourDemande;
    private final Intervenant cls;
    private final Intervenant cpts;
    /** Who does the steps either group may do. */
    private final Intervenant lUnOuLAutre;

    private static final String CROISEMENT = "UserTask_CroiserBesoinsLieux";

    private String instanceId;
    /** "Nom – Commune" of the sites picked at the matching, once done. */
    private List<String> choisis;
    private Instant dernierPas;

    Parcours(Saisies saisies, PlanningVisites planning, ReponsesLieux reponses, Scenario scenario, int rang, Instant maintenant) {
        this.saisies = saisies;
        this.planning = planning;
        this.reponses = reponses;
        this.scenario = scenario;
        this.rang = rang;
        this.maintenant = maintenant;
        this.jourDemande = LocalDate.ofInstant(maintenant, Calendrier.FUSEAU).minusDays(scenario.ilYAJours());
        this.cls = rang % 2 == 0 ? AMELIE : BASILE;
        this.cpts = rang % 2 == 0 ? CAMILLE : DAMIEN;
        this.lUnOuLAutre = rang % 3 == 0 ? cpts : cls;
    }

    void mener() {
        Issue issue = scenario.issue();
        boolean aucunLieu = issue == Issue.AUCUN_LIEU_PUIS_ARRET || issue == Issue.AUCUN_LIEU_PUIS_NOUVEAUX_CRITERES;
        boolean suite = pas(Jalon.DEMANDE, le(0, 9, 30), this::demande)
                && pas(Jalon.RENDEZ_VOUS, le(2, 11, 0), () -> saisir("UserTask_ProposerRendezVous", lUnOuLAutre, rendezVous()))
                && pas(Jalon.ENTRETIEN, le(9, 15, 30), () -> saisir("UserTask_MenerEntretien", lUnOuLAutre, entretien()))
                && issue != Issue.ARRET_A_L_ENTRETIEN
                && pas(Jalon.PROJET_PROFESSIONNEL, le(11, 10, 0), () -> saisir("UserTask_RenseignerProjetProfessionnel", cpts, projet()))
                && pas(Jalon.ENVIRONNEMENT, le(12, 16, 0), () -> saisir("UserTask_RenseignerEnvironnement", cls, environnement()))
                && pas(Jalon.CROISEMENT, le(16, 14, 0), () -> saisir(CROISEMENT, cpts, croisement(aucunLieu)));
        if (suite && aucunLieu) {
            // The revision is the dossier's last step: either it stops, or it goes back to a new matching round.
            pas(Jalon.CROISEMENT, le(18, 10, 0), () -> saisir("UserTask_RevoirCriteres", lUnOuLAutre, revision()));
            suite = false;
        }
        suite = suite
                && pas(Jalon.VISITES_ORGANISEES, le(17, 10, 0), () -> {
                    planifierVisites();
                    saisir("UserTask_OrganiserVisites", cpts, organisation());
                })
                && pas(Jalon.ELUS_INFORMES, le(20, 11, 0), () -> saisies.saisir(instanceId, "UserTask_InformerElus", cls, this::informationElus))
                && pas(Jalon.COMPTES_RENDUS, le(24, 17, 0), () -> saisir("UserTask_RendreCompteVisite", cpts, compteRendu()))
                && pas(Jalon.DEBRIEF_A_CHAUD, le(24, 19, 0), () -> saisir("UserTask_MenerDebriefAChaud", lUnOuLAutre, debriefAChaud()))
                && pas(Jalon.REPORTING, le(25, 10, 0), () -> saisir("UserTask_MettreAJourReporting", cls, reporting()))
                // The cold debrief's timer fires at 18:00 on the way (Saisies.avancerA), the debrief follows.
                && pas(Jalon.DEBRIEF_A_FROID, le(38, 18, 30), () -> saisir("UserTask_MenerDebriefAFroid", cls, debriefAFroid()))
                && !"arret".equals(issue.decision);
        for (int mois : new int[] {3, 6, 12}) {
            Jalon jalon = mois == 3 ? Jalon.SUIVI_3_MOIS : mois == 6 ? Jalon.SUIVI_6_MOIS : Jalon.SUIVI_12_MOIS;
            // Calls are due at 9:00, 3, 6 and 12 months after the cold debrief's day; each is made the next morning.
            Instant appel = Calendrier.le(jourDemande.plusDays(38).plusMonths(mois).plusDays(1), LocalTime.of(10, 30));
            suite = suite && pas(jalon, appel, () -> saisir("UserTask_RealiserSuivi" + mois + "Mois", lUnOuLAutre, suivi(mois)));
        }
        declarerArretEventuel();
        if (saisies.estActive(instanceId)) {
            saisies.avancerA(instanceId, maintenant); // timers due by now have fired, as the job executor would have
        }
    }

    /** Does one step at its date, unless that date is still to come; false once the dossier goes no further. */
    private boolean pas(Jalon jalon, Instant moment, Runnable saisie) {
        if (moment.isAfter(maintenant)) {
            return false;
        }
        saisies.avancerA(instanceId, moment);
        saisie.run();
        dernierPas = moment;
        return jalon != scenario.jusqua();
    }

    private void declarerArretEventuel() {
        String motif = scenario.issue().motifArretDeclare;
        Instant moment = Calendrier.le(LocalDate.ofInstant(dernierPas, Calendrier.FUSEAU).plusDays(3), LocalTime.of(11, 0));
        if (motif == null || moment.isAfter(maintenant) || !saisies.estActive(instanceId)) {
            return;
        }
        saisies.avancerA(instanceId, moment);
        saisies.demarrer(ProcessKeys.ARRET_DEMARCHE, cls, Map.of(
                "dossierReference", reference(),
                "motifArret", motif,
                "commentaireArret", switch (motif) {
                    case "installe-ailleurs" -> "A trouvé un poste salarié dans un autre département";
                    case "sans-nouvelles" -> "Trois relances restées sans réponse";
                    default -> "";
                }));
    }

    private String reference() {
        return saisies.reference(instanceId);
    }

    private void saisir(String tache, Intervenant qui, Map<String, Object> valeurs) {
        saisies.saisir(instanceId, tache, qui, valeurs);
    }

    private void demande() {
        Map<String, Object> valeurs = new HashMap<>();
        valeurs.put("prenom", scenario.prenom());
        valeurs.put("nom", scenario.nom());
        valeurs.put("email", scenario.email());
        valeurs.put("telephone", String.format("06 00 00 00 %02d", rang % 100));
        valeurs.put("profession", scenario.profession());
        valeurs.put("specialite", scenario.specialite() == null ? "" : scenario.specialite());
        valeurs.put("origineDemande", scenario.origine());
        valeurs.put("situationActuelle", un("Remplaçant(e) depuis deux ans, souhaite s'installer",
                "En fin d'internat, cherche un premier lieu d'exercice",
                "Exerce en ville, envisage un exercice plus rural",
                "Salarié(e) à l'hôpital, projet d'exercice libéral"));
        valeurs.put("horizon", scenario.horizon());
        valeurs.put("commentaire", "");
        valeurs.put("consentement", true);
        instanceId = saisies.demarrer(ProcessKeys.ACCOMPAGNEMENT, rang % 2 == 0 ? cls : cpts, valeurs);
    }

    private Map<String, Object> rendezVous() {
        return Map.of(
                "dateEntretien", jour(9) + "T14:00",
                "lieuEntretien", un("Locaux de la CPTS", "Mairie de Val-de-Lisière", "Visioconférence"),
                "interlocuteurCls", "Chargée de mission CLS",
                "interlocuteurCpts", "Coordinateur CPTS");
    }

    private Map<String, Object> entretien() {
        boolean arret = scenario.issue() == Issue.ARRET_A_L_ENTRETIEN;
        Map<String, Object> valeurs = new HashMap<>(Map.of(
                "motivations", un("Travailler en équipe, qualité de vie", "Se rapprocher de sa famille",
                        "Exercice coordonné et projets de prévention"),
                "calendrier", scenario.horizon(),
                "disponibilitesVisites", un("Les lundis et vendredis", "Le mercredi après-midi", "Pendant les vacances scolaires"),
                "suiteEntretien", arret ? "arret" : "poursuite"));
        if (arret) {
            valeurs.put("motifArret", "Projet reporté pour raisons familiales");
        }
        return valeurs;
    }

    private Map<String, Object> projet() {
        return Map.of(
                "modeExercice", un("regroupe", "indifferent", "isole"),
                "equipePluriprofessionnelle", un("oui", "indifferent"),
                "statutExercice", un("liberal", "mixte", "salariat", "indecis"),
                "besoinLocaux", un("oui", "indifferent", "non"),
                "communesSouhaitees", un("Val-de-Lisière\nSaint-Aubin-des-Prés", "",
                        "Communauté de communes des Brumes (fictive)", "Les Essarts-du-Val"),
                "dynamiquesRecherchees", "Maison de santé avec projet de prévention",
                "commentaireCpts", "");
    }

    private Map<String, Object> environnement() {
        return Map.of(
                "locauxExercice", "Cabinet accessible",
                // As Tasklist submits a checklist: a JSON array in a "Json" typed variable
                "besoinsFamille", SpinValues.jsonValue(un("[\"logement\",\"garde-enfants-ecoles\"]", "[]",
                        "[\"logement\",\"emploi-conjoint\"]", "[\"garde-enfants-ecoles\"]")).create(),
                "situationFamiliale", un("En couple, deux enfants", "Célibataire", "En couple, un enfant"),
                "logement", un("Maison à louer", "Achat envisagé", "Logement temporaire les premiers mois"),
                "emploiConjoint", "",
                "scolariteGarde", "",
                "loisirs", un("Randonnée", "Musique", "Sports collectifs"));
    }

    /**
     * Picks, among the sites the matching task ranks for this dossier, the best one or two (as a CPTS
     * member would tick them); every fourth dossier adds one that "porte une belle dynamique", as does a
     * dossier for which no catalogue site seeks its profession.
     */
    private Map<String, Object> croisement(boolean aucunLieu) {
        Map<String, Object> valeurs = new HashMap<>(Map.of(
                "criteresRetenus", "Exercice regroupé, équipe pluriprofessionnelle",
                "lieuxTrouves", aucunLieu ? "non" : "oui",
                "commentaire", ""));
        if (aucunLieu) {
            return valeurs;
        }
        List<Map<String, String>> proposes = saisies.options(instanceId, CROISEMENT, "lieuxProposes");
        List<Map<String, String>> autres = saisies.options(instanceId, CROISEMENT, "autresLieux");
        List<Map<String, String>> coches = proposes.subList(0, Math.min(proposes.size(), rang % 2 == 0 ? 2 : 1));
        Map<String, String> belle = (coches.isEmpty() || rang % 4 == 0) && !autres.isEmpty() ? autres.get(rang % autres.size()) : null;
        if (coches.isEmpty() && belle == null) {
            throw new IllegalStateException("The demo catalogue offers no site to the matching task");
        }
        valeurs.put("lieuxAContacter", SpinValues.jsonValue(coches.stream().map(o -> "\"" + o.get("value") + "\"")
                .collect(Collectors.joining(",", "[", "]"))).create());
        if (belle != null) {
            valeurs.put("lieuBelleDynamique", belle.get("value"));
            valeurs.put("raisonBelleDynamique", "Équipe jeune qui monte un projet de santé, prête à accueillir");
        }
        choisis = new ArrayList<>(coches.stream().map(o -> nomCommune(o.get("label"))).toList());
        if (belle != null) {
            choisis.add(nomCommune(belle.get("label")));
        }
        return valeurs;
    }

    /** "Nom – Commune (85 %)" or "Nom – Commune – écarté : …", as the matching task labels its options. */
    static String nomCommune(String option) {
        return option.replaceFirst(" \\(\\d+ %\\)$", "").replaceFirst(" – écarté : .*$", "");
    }

    private Map<String, Object> revision() {
        boolean arret = scenario.issue() == Issue.AUCUN_LIEU_PUIS_ARRET;
        Map<String, Object> valeurs = new HashMap<>(Map.of(
                "criteresRevises", "Accepte aussi l'exercice en centre de santé",
                "suite", arret ? "arret" : "poursuite"));
        if (arret) {
            valeurs.put("motifArret", "Ne souhaite plus chercher sur le territoire");
        }
        return valeurs;
    }

    /**
     * The CPTS plans one visit per proposed site on the dossier page, on day 24, one after the other: the
     * invitations are queued in the outbox (and go when a mail server answers; a demo without one only
     * leaves them waiting).
     */
    private void planifierVisites() {
        String reference = reference();
        int heure = 9;
        for (LieuPropose lieu : planning.lieuxProposes(planning.dossier(reference))) {
            // Each site was called first and agreed to a visit: the dossier page shows its answer.
            reponses.repondre(reference, lieu.getId(), "INTERESSE", "Accepte une visite", cpts.id());
            PlanningVisites.Resultat resultat = planning.planifier(reference, new SaisieVisite(String.valueOf(lieu.getId()),
                    jour(24).toString(), heure + ":00", (heure + 1) + ":30", cls.id().equals("amelie") ? "Amélie (CLS)" : "Basile (CLS)",
                    cpts.id().equals("camille") ? "Camille (CPTS)" : "Damien (CPTS)", "L'équipe du lieu",
                    rang % 2 == 0 ? "L'adjointe au maire de la commune" : null), cpts.id());
            if (!resultat.reussi()) {
                throw new IllegalStateException("Demo visit refused: " + resultat.erreurs());
            }
            heure += 3;
        }
    }

    private Map<String, Object> organisation() {
        return Map.of(
                "visitesPlanifiees", true,
                "commentaire", "");
    }

    /** The e-mails prepared for the élus go as prepared; the élus without an address are told another way. */
    private Map<String, Object> informationElus(String tacheId) {
        Map<String, Object> valeurs = new HashMap<>();
        if (Boolean.TRUE.equals(valeur(tacheId, ProcessVariables.COURRIELS_ELUS_PREPARES))) {
            valeurs.put("inclureNomProfessionnel", false);
            valeurs.put("envoyerCourrielsElus", true);
        }
        if (!Boolean.FALSE.equals(valeur(tacheId, ProcessVariables.INFORMATION_AUTRE_MOYEN))) {
            valeurs.put("moyenInformation", un("telephone", "rencontre", "sms"));
            valeurs.put("dateInformation", jour(20).toString());
            valeurs.put("commentaire", "");
        }
        return valeurs;
    }

    private Object valeur(String tacheId, String nom) {
        TypedValue valeur = saisies.variableDeTache(tacheId, nom);
        return valeur == null ? null : valeur.getValue();
    }

    private Map<String, Object> compteRendu() {
        return Map.of(
                "visiteRealisee", "oui",
                "equipePresente", "Deux médecins, une infirmière, l'adjoint au maire",
                "pointsForts", un("Projet de santé structuré", "Locaux neufs", "Équipe jeune et accueillante"),
                "conditionsMaterielles", "Loyer modéré, secrétariat partagé",
                "interetProfessionnel", un("fort", "moyen", "fort", "faible"),
                "coordonneesEchangees", true);
    }

    private Map<String, Object> debriefAChaud() {
        return Map.of(
                "ressenti", un("Très positif", "Intéressé mais hésitant", "Positif, quelques réserves"),
                "attentes", "Voir les conditions du bail",
                "besoins", "Logement pour la rentrée",
                "dateDebriefFroid", jour(38) + "T18:00",
                "modaliteDebriefFroid", un("visio", "telephone"));
    }

    private Map<String, Object> reporting() {
        return Map.of(
                "syntheseVisites", "Lieux visités, intérêt marqué pour le premier",
                "lieuxPreferes", lieux().get(0));
    }

    private Map<String, Object> debriefAFroid() {
        String decision = scenario.issue().decision;
        Map<String, Object> valeurs = new HashMap<>(Map.of(
                "ressentiADistance", "Le professionnel a mûri sa décision",
                "decision", decision));
        switch (decision) {
            case "installation" -> {
                valeurs.put("lieuInstallation", libelle(lieux().get(0)));
                valeurs.put("communeInstallation", commune(lieux().get(0)));
                valeurs.put("dateInstallationPrevue", jour(38 + 60).toString());
            }
            case "arret" -> valeurs.put("motifArret", "Choisit finalement un autre département");
            default -> { }
        }
        return valeurs;
    }

    private Map<String, Object> suivi(int mois) {
        boolean installe = "installation".equals(scenario.issue().decision);
        Map<String, Object> valeurs = new HashMap<>(Map.of(
                "professionnelJoint", "oui",
                "situation", installe ? "installe" : mois < 12 ? "recherche" : "en-cours",
                "difficultes", mois == 3 ? "Démarches administratives longues" : "",
                "nouveauxBesoins", mois == 12 ? "" : "Place en crèche"));
        if (installe || mois == 12) {
            valeurs.put("lieuExercice", libelle(lieux().get(0)));
            valeurs.put("commune", commune(lieux().get(0)));
        }
        return valeurs;
    }

    /** The sites picked at the matching, else one or two fictional ones, depending on the dossier. */
    private List<String> lieux() {
        if (choisis != null) {
            return choisis;
        }
        String premier = LIEUX.get(rang % LIEUX.size());
        return rang % 2 == 0 ? List.of(premier, LIEUX.get((rang + 3) % LIEUX.size())) : List.of(premier);
    }

    private static String libelle(String lieu) {
        return lieu.substring(0, lieu.indexOf(" – "));
    }

    private static String commune(String lieu) {
        return lieu.substring(lieu.indexOf(" – ") + 3);
    }

    /** A varied but reproducible choice among a few wordings. */
    private String un(String... choix) {
        return choix[rang % choix.length];
    }

    private LocalDate jour(int jours) {
        return jourDemande.plusDays(jours);
    }

    private Instant le(int jours, int heure, int minute) {
        return Calendrier.le(jour(jours), LocalTime.of(heure, minute));
    }
}
