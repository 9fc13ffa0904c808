package fr.territoire.sante.installation.reporting;

import fr.territoire.sante.installation.dossier.Etape;
import fr.territoire.sante.installation.dossier.Statut;
import fr.territoire.sante.installation.process.Calendrier;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One dossier as the reporting table shows it to one reader: identifying values are already null for
 * a reader who may not see them ({@link TableauReporting} blanks them when reading the row).
 */
public record LigneTableau(
        long dossierId,
        String reference,
        String professionnel,
        String profession,
        String specialite,
        String origine,
        Instant demandeLe,
        Instant entretienLe,
        Instant entretienRealiseLe,
        Instant croisementLe,
        int croisements,
        int visites,
        Instant debriefChaudLe,
        Instant debriefFroidLe,
        int suivisRealises,
        Etape etape,
        Statut statut,
        boolean enRetard,
        Instant prochaineEcheance,
        String lieuInstallation,
        String commune,
        String motifArret) {

    /** The value of a column, typed for a spreadsheet: text, a whole number or a day (Europe/Paris). */
    public Object valeur(Colonne colonne) {
        return switch (colonne) {
            case REFERENCE -> reference;
            case PROFESSIONNEL -> professionnel;
            case PROFESSION -> profession;
            case SPECIALITE -> specialite;
            case ORIGINE -> origine;
            case DEMANDE -> jour(demandeLe);
            case ENTRETIEN -> jour(entretienLe);
            case CROISEMENT -> jour(croisementLe);
            case VISITES -> visites;
            case DEBRIEF_CHAUD -> jour(debriefChaudLe);
            case DEBRIEF_FROID -> jour(debriefFroidLe);
            case SUIVIS -> suivisRealises;
            case ETAPE -> etape.libelle();
            case ECHEANCE -> jour(prochaineEcheance);
            case RETARD -> enRetard ? "Oui" : "Non";
            case ISSUE -> issue();
            case COMMUNE -> commune;
        };
    }

    /** Settled where, stopped and why, or still under way. */
    public String issue() {
        return switch (statut) {
            case EN_COURS -> "En cours";
            case TERMINE -> lieuInstallation != null || commune != null
                    ? "Installé·e" + (lieuInstallation == null ? "" : " : " + lieuInstallation)
                    : "Accompagnement terminé";
            case ARRETE -> "Arrêt" + (motifArret == null ? "" : " : " + motifArret);
        };
    }

    private static LocalDate jour(Instant instant) {
        return instant == null ? null : instant.atZone(Calendrier.FUSEAU).toLocalDate();
    }
}
