package fr.territoire.sante.installation.fiche;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.fiche.FicheDossier.Champ;
import fr.territoire.sante.installation.followup.Suivi;
import fr.territoire.sante.installation.interview.DeplacementEntretien;
import fr.territoire.sante.installation.interview.Entretien;
import fr.territoire.sante.installation.matching.Croisement;
import fr.territoire.sante.installation.matching.LieuPropose;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.visits.Debrief;
import fr.territoire.sante.installation.visits.CourrielsElus;
import fr.territoire.sante.installation.visits.InformationElus;
import fr.territoire.sante.installation.visits.Visite;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Each stage's rows as the reader may read them: free texts through the {@link Regard}, choices labelled. */
final class Etapes {

    private static final DateTimeFormatter QUAND = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm").withZone(Calendrier.FUSEAU);
    /** "Maison de santé des Tilleuls – Bourg-Fictif": a site's label ends with its commune after a dash. */
    private static final String TIRET = " – ";

    private final Regard regard;
    private final Choix choix;

    Etapes(Regard regard, Choix choix) {
        this.regard = regard;
        this.choix = choix;
    }

    List<Champ> entretien(Entretien e) {
        if (e == null) {
            return List.of();
        }
        String formulaire = "entretien";
        List<Champ> champs = new ArrayList<>();
        champs.add(new Champ("Date du rendez-vous", date(e.getDateRendezVous())));
        champs.add(new Champ("Lieu de l'entretien", regard.texte(e.getLieu())));
        champs.add(new Champ("Interlocuteur du CLS", regard.texte(e.getInterlocuteurCls())));
        champs.add(new Champ("Interlocuteur de la CPTS", regard.texte(e.getInterlocuteurCpts())));
        champs.add(new Champ("Entretien mené le", date(e.getRealiseLe())));
        champs.add(new Champ(choix.libelleChamp(formulaire, "motivations", "Motivations"), regard.texte(e.getMotivations())));
        champs.add(new Champ(choix.libelleChamp(formulaire, "calendrier", "Calendrier d'installation"),
                choix.libelle(formulaire, "calendrier", e.getCalendrier())));
        champs.add(new Champ(choix.libelleChamp(formulaire, "disponibilitesVisites", "Disponibilités"),
                regard.texte(e.getDisponibilitesVisites())));
        return champs;
    }

    /** The CPTS's part: closed choices, and its free texts for those who see identifying data. */
    List<Champ> projetProfessionnel(Entretien e) {
        if (e == null || e.getModeExercice() == null) {
            return List.of();
        }
        String f = "projet-professionnel";
        return List.of(
                new Champ(choix.libelleChamp(f, "modeExercice", "Mode d'exercice"), choix.libelle(f, "modeExercice", e.getModeExercice())),
                new Champ(choix.libelleChamp(f, "equipePluriprofessionnelle", "Équipe pluriprofessionnelle"),
                        choix.libelle(f, "equipePluriprofessionnelle", e.getEquipePluriprofessionnelle())),
                new Champ(choix.libelleChamp(f, "statutExercice", "Statut d'exercice"), choix.libelle(f, "statutExercice", e.getStatutExercice())),
                new Champ(choix.libelleChamp(f, "besoinLocaux", "Recherche de locaux"), choix.libelle(f, "besoinLocaux", e.getBesoinLocaux())),
                new Champ(choix.libelleChamp(f, "communesSouhaitees", "Communes souhaitées"), regard.texte(e.getCommunesSouhaitees())),
                new Champ(choix.libelleChamp(f, "dynamiquesRecherchees", "Dynamiques recherchées"), regard.texte(e.getDynamiquesRecherchees())),
                new Champ(choix.libelleChamp(f, "commentaireCpts", "Commentaire de la CPTS"), regard.texte(e.getCommentaireCpts())));
    }

    /** The CLS's part: the premises are shared with the CPTS, the family details stay with the CLS. */
    List<Champ> environnement(Entretien e) {
        if (e == null || (e.getLocauxExercice() == null && e.getSituationFamiliale() == null)) {
            return List.of();
        }
        String f = "environnement-familial";
        return List.of(
                new Champ(choix.libelleChamp(f, "locauxExercice", "Locaux d'exercice souhaités"), regard.texte(e.getLocauxExercice())),
                // The categories (not the details) are shared with the CPTS for the ranking; pilotage reads neither.
                new Champ(choix.libelleChamp(f, "besoinsFamille", "Besoins de la famille"), regard.texte(e.getBesoinsFamille().isEmpty() ? null
                        : String.join(", ", e.getBesoinsFamille().stream().map(v -> choix.libelle(f, "besoinsFamille", v)).toList()))),
                new Champ("Situation familiale", regard.famille(e.getSituationFamiliale())),
                new Champ(choix.libelleChamp(f, "logement", "Logement"), regard.famille(e.getLogement())),
                new Champ(choix.libelleChamp(f, "emploiConjoint", "Emploi du conjoint"), regard.famille(e.getEmploiConjoint())),
                new Champ("Scolarité et garde d'enfants", regard.famille(e.getScolariteGarde())),
                new Champ(choix.libelleChamp(f, "loisirs", "Loisirs"), regard.famille(e.getLoisirs())));
    }

    FicheDossier.Deplacement deplacement(DeplacementEntretien d) {
        return new FicheDossier.Deplacement(d.getAncienneDate(), d.getNouvelleDate(), regard.texte(d.getMotif()),
                d.getAuteur(), d.getDeplaceLe());
    }

    /** Late when its deadline passed before it was done (or is passed while it is not), or when the alert went. */
    FicheDossier.Tour tour(Croisement c, Instant maintenant) {
        Instant fait = c.getRealiseLe() == null ? maintenant : c.getRealiseLe();
        boolean enRetard = c.getRetardSignaleLe() != null || (c.getEcheance() != null && fait.isAfter(c.getEcheance()));
        String f = "croisement";
        return new FicheDossier.Tour(c.getNumero(), c.getOuvertLe(), c.getEcheance(), c.getRealiseLe(), enRetard,
                c.getRetardSignaleLe(), regard.texte(c.getCriteresRetenus()),
                c.getLieuxTrouves() == null ? null : choix.libelle(f, "lieuxTrouves", c.getLieuxTrouves() ? "oui" : "non"),
                c.getLieux().stream().map(this::lieu).toList(), regard.texte(c.getCommentaire()), c.getDateVisites(),
                regard.texte(c.getProgrammeVisites()), regard.texte(c.getCriteresRevises()));
    }

    /** A site's name is identifying; its commune is not. */
    private String lieu(LieuPropose lieu) {
        if (regard.identite()) {
            return lieu.label();
        }
        return lieu.getCommune() == null ? FicheDossier.MASQUE : lieu.getCommune() + " (nom du lieu masqué)";
    }

    FicheDossier.Information information(InformationElus i) {
        return new FicheDossier.Information(regard.texte(i.getCommunes()),
                choix.libelle("information-elus", "moyenInformation", i.getMoyen()), i.getDateInformation(),
                regard.texte(i.getCommentaire()));
    }

    /** Addresses, subject and sender identify people: only those who see identities get the e-mails. */
    List<FicheDossier.CourrielElus> courrielsElus(List<CourrielsElus.Envoi> envois) {
        if (!regard.identite()) {
            return List.of();
        }
        return envois.stream().map(e -> new FicheDossier.CourrielElus(e.courriel().getCommune(), e.courriel().getDestinataires(),
                e.courriel().getObjet(), e.courriel().isNomInclus(), e.courriel().getEnvoyePar(), e.courriel().getProgrammeLe(),
                etat(e), e.envoyeLe())).toList();
    }

    private static String etat(CourrielsElus.Envoi envoi) {
        if (envoi.statut() == null) {
            return "Inconnu";
        }
        return switch (envoi.statut()) {
            case A_ENVOYER -> envoi.tentatives() == 0 ? "En attente d'envoi"
                    : "Échec de l'envoi, nouvel essai prévu (" + envoi.tentatives() + " tentative(s))";
            case EN_COURS -> "En cours d'envoi";
            case ENVOYE -> "Envoyé";
            case ABANDONNE -> "Non envoyé : serveur de messagerie en échec, à signaler à l'administrateur";
        };
    }

    FicheDossier.CompteRendu visite(Visite v) {
        String f = "compte-rendu-visite";
        String lieu = v.getLieu();
        int tiret = lieu == null ? -1 : lieu.lastIndexOf(TIRET);
        String commune = tiret < 0 ? null : lieu.substring(tiret + TIRET.length());
        return new FicheDossier.CompteRendu(regard.texte(lieu), commune,
                choix.libelle(f, "visiteRealisee", v.isRealisee() ? "oui" : "non"),
                choix.libelle(f, "interetProfessionnel", v.getInteret()), regard.texte(v.getEquipePresente()),
                regard.texte(v.getPointsForts()), regard.texte(v.getConditionsMaterielles()), v.isCoordonneesEchangees(),
                v.getSaisieLe());
    }

    List<Champ> debriefAChaud(Debrief d) {
        String f = "debrief-chaud";
        return List.of(
                new Champ(choix.libelleChamp(f, "ressenti", "Ressenti"), regard.texte(d.getRessenti())),
                new Champ(choix.libelleChamp(f, "attentes", "Attentes"), regard.texte(d.getAttentes())),
                new Champ(choix.libelleChamp(f, "besoins", "Besoins"), regard.texte(d.getBesoins())),
                new Champ("Débrief à froid prévu le", date(d.getDebriefFroidPrevu())),
                new Champ(choix.libelleChamp(f, "modaliteDebriefFroid", "Modalité du débrief à froid"),
                        choix.libelle(f, "modaliteDebriefFroid", d.getModalite())),
                new Champ(choix.libelleChamp("reporting-visites", "syntheseVisites", "Synthèse des visites"),
                        regard.texte(d.getSyntheseVisites())),
                new Champ(choix.libelleChamp("reporting-visites", "lieuxPreferes", "Lieux préférés"),
                        regard.texte(d.getLieuxPreferes())));
    }

    List<Champ> debriefAFroid(Debrief d) {
        String f = "debrief-froid";
        List<Champ> champs = new ArrayList<>();
        champs.add(new Champ(choix.libelleChamp(f, "ressentiADistance", "Ressenti avec le recul"), regard.texte(d.getRessenti())));
        champs.add(new Champ(choix.libelleChamp(f, "decision", "Décision"), choix.libelle(f, "decision", d.getDecision())));
        if (d.getCriteresRevises() != null) {
            champs.add(new Champ(choix.libelleChamp(f, "criteresRevises", "Critères révisés"), regard.texte(d.getCriteresRevises())));
        }
        return champs;
    }

    FicheDossier.SuiviFiche suivi(Suivi s) {
        String f = "suivi-telephonique";
        return new FicheDossier.SuiviFiche(s.getMois(), s.getPrevuLe(), s.getRealiseLe(),
                s.getProfessionnelJoint() == null ? null : choix.libelle(f, "professionnelJoint", s.getProfessionnelJoint() ? "oui" : "non"),
                choix.libelle(f, "situation", s.getSituation()), s.getRealiseLe() == null ? null : regard.texte(s.getLieuExercice()),
                s.getCommune(), s.getRealiseLe() == null ? null : regard.texte(s.getDifficultes()),
                s.getRealiseLe() == null ? null : regard.texte(s.getNouveauxBesoins()));
    }

    /**
     * Settled (where, when), stopped (why) or still accompanied. The reason for stopping is shown to all
     * only as one of the withdrawal form's closed reasons; a typed reason is a free text.
     */
    FicheDossier.Issue issue(Dossier d) {
        boolean installe = d.getCommuneInstallation() != null || d.getLieuInstallation() != null;
        String nature = switch (d.getStatut()) {
            case EN_COURS -> installe ? "Installation annoncée (accompagnement en cours)" : "Accompagnement en cours";
            case TERMINE -> installe ? "Installé" : "Accompagnement terminé";
            case ARRETE -> "Démarche arrêtée";
        };
        String lieu = d.getLieuInstallation() == null ? null : regard.texte(d.getLieuInstallation());
        return new FicheDossier.Issue(nature, lieu, d.getCommuneInstallation(), d.getDateInstallation(),
                motif(d.getMotifArret()), d.getClosLe());
    }

    private String motif(String motif) {
        if (motif == null || regard.identite()) {
            return motif;
        }
        return choix.libelles("arret-demarche", "motifArret").stream()
                .filter(label -> motif.equals(label) || motif.startsWith(label + " : "))
                .findFirst().orElse(FicheDossier.MASQUE);
    }

    static String date(Instant instant) {
        return instant == null ? null : QUAND.format(instant);
    }
}
