package fr.territoire.sante.installation.subjectaccess;

import fr.territoire.sante.installation.consent.Consentements.VueConsentement;
import fr.territoire.sante.installation.fiche.FicheDossier;
import fr.territoire.sante.installation.visits.VueVisites;
import java.time.Instant;
import java.util.List;

/**
 * Right of access: everything the application holds about one professional, as handed to them (JSON, or
 * the same as PDF). The dossier's fiche as the CLS reads it (every stage, the CLS-only family part, the
 * élus e-mails' metadata, the timeline, the open tasks), plus what the fiche summarises: the information
 * and consent, every round's proposed sites with their answers, the planned visits, and the engine's
 * history of the dossier's tasks (which step, who, when).
 */
public record DonneesProfessionnel(
        String reference,
        Instant genereLe,
        String generePar,
        VueConsentement consentement,
        FicheDossier fiche,
        List<LieuProposeExport> lieuxProposes,
        List<VueVisites.Ligne> visitesPlanifiees,
        List<TacheHistorique> historiqueTaches) {

    /** A site proposed in a matching round, and its answer. */
    public record LieuProposeExport(int tour, String lieu, String commune, Integer score, boolean belleDynamique,
            String raison, String reponse, Instant reponseLe, String reponsePar, String commentaire) {
    }

    /** One task of the dossier's process as the engine's history keeps it. */
    public record TacheHistorique(String tache, String etape, Instant ouverteLe, Instant termineeLe, String par,
            String issue) {
    }
}
