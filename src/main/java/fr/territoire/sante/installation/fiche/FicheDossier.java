package fr.territoire.sante.installation.fiche;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything recorded about one dossier, stage by stage, already stripped for its reader: a value the
 * reader may not see holds {@link #MASQUE} (or {@link #RESERVE_CLS}), never silently nothing. Option
 * values show the labels of the deployed forms. The page and the JSON endpoint render this same tree.
 *
 * @param enCours         whether the dossier is still open (its visits and site answers can still change)
 * @param identiteVisible whether names, contacts and free texts are shown to this reader
 */
public record FicheDossier(
        String reference,
        String etape,
        String statut,
        boolean enCours,
        boolean enRetard,
        boolean identiteVisible,
        Instant creeLe,
        Instant modifieLe,
        List<Champ> demande,
        List<Champ> entretien,
        List<Champ> projetProfessionnel,
        List<Champ> environnementFamilial,
        List<Deplacement> deplacements,
        List<Tour> croisements,
        List<Information> informationsElus,
        List<CourrielElus> courrielsElus,
        List<CompteRendu> visites,
        List<Champ> debriefAChaud,
        List<Champ> debriefAFroid,
        List<SuiviFiche> suivis,
        Issue issue,
        List<Echeance> echeances,
        List<TacheOuverte> taches,
        List<Pas> chronologie) {

    /** What a reader who may not see identifying data reads in place of the value. */
    public static final String MASQUE = "Masqué (données identifiantes)";
    /** What a reader outside the CLS reads in place of the family part of the interview. */
    public static final String RESERVE_CLS = "Masqué (réservé au CLS)";

    /** One labelled value of a form, as the page lists it. */
    public record Champ(String libelle, String valeur) {
    }

    /** One move of the interview appointment. */
    public record Deplacement(Instant ancienneDate, Instant nouvelleDate, String motif, String auteur, Instant deplaceLe) {
    }

    /** One matching round (stage C) and the visits it led to organise. */
    public record Tour(int numero, Instant ouvertLe, Instant echeance, Instant realiseLe, boolean enRetard,
            Instant retardSignaleLe, String criteresRetenus, String lieuxTrouves, List<String> lieuxProposes,
            String commentaire, LocalDate dateVisites, String programmeVisites, String criteresRevises) {
    }

    /** The elected officials informed before the visits. */
    public record Information(String communes, String moyen, LocalDate date, String commentaire) {
    }

    /**
     * An e-mail the CLS sent to one commune's élus from the élus task: to whom, by whom, when it was
     * queued and where its sending stands. Shown to CLS and CPTS only (the list is empty for others).
     */
    public record CourrielElus(String commune, List<String> destinataires, String objet, boolean nomInclus,
            String envoyePar, Instant programmeLe, String etat, Instant envoyeLe) {
    }

    /** The report of one practice site visited. */
    public record CompteRendu(String lieu, String commune, String realisee, String interet, String equipePresente,
            String pointsForts, String conditionsMaterielles, boolean coordonneesEchangees, Instant saisieLe) {
    }

    /** A phone follow-up at 3, 6 or 12 months. */
    public record SuiviFiche(int mois, Instant prevuLe, Instant realiseLe, String professionnelJoint, String situation,
            String lieuExercice, String commune, String difficultes, String nouveauxBesoins) {
    }

    /** How the accompaniment ended, or that it goes on. */
    public record Issue(String nature, String lieu, String commune, LocalDate dateInstallation, String motifArret,
            Instant closLe) {
    }

    /** A date the dossier must meet, and whether it is passed. */
    public record Echeance(String libelle, Instant date, boolean depassee) {
    }

    /**
     * A task waiting in Tasklist.
     *
     * @param lien where Tasklist opens it; null for a reader who does not work in Tasklist
     */
    public record TacheOuverte(String id, String nom, List<String> groupes, String assigne, Instant creeeLe,
            Instant echeance, boolean enRetard, String lien) {
    }

    /**
     * One step of the timeline: a line of our journal or a task the engine saw completed.
     *
     * @param auteur the staff member's user id, or "système"; null when a task was completed unclaimed
     */
    public record Pas(Instant quand, String auteur, String source, String libelle) {
    }
}
