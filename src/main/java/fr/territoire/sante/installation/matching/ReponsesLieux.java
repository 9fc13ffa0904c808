package fr.territoire.sante.installation.matching;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierClos;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.forms.FormValues;
import fr.territoire.sante.installation.process.Calendrier;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * C. The sites of a dossier's current matching round and what each answered once contacted (interested,
 * not now, refused), recorded from the dossier page or its API by the CLS or the CPTS.
 */
@Service
@Transactional
public class ReponsesLieux {

    private final DossierRepository dossiers;
    private final Croisements croisements;
    private final Journal journal;

    ReponsesLieux(DossierRepository dossiers, Croisements croisements, Journal journal) {
        this.dossiers = dossiers;
        this.croisements = croisements;
        this.journal = journal;
    }

    /** The current round's proposed sites, in the order picked; empty before the first matching. */
    @Transactional(readOnly = true)
    public List<LieuContacte> duTourCourant(String reference) {
        Dossier dossier = dossier(reference);
        if (dossier.getCroisementCourantId() == null) {
            return List.of();
        }
        return croisements.current(dossier).getLieux().stream().map(LieuContacte::de).toList();
    }

    /**
     * @param reponse one of {@link ReponseLieu}'s names
     * @param auteur  the Camunda user id of who records it
     * @throws PropositionInconnue for an unknown dossier or a site its current round did not propose
     * @throws ReponseInvalide     for an unknown answer or a too long comment
     * @throws DossierClos         for a closed dossier
     */
    public LieuContacte repondre(String reference, long lieuProposeId, String reponse, String commentaire, String auteur) {
        Dossier dossier = dossier(reference);
        DossierClos.refuserSiClos(dossier, "les réponses des lieux contactés");
        LieuPropose lieu = dossier.getCroisementCourantId() == null ? null
                : croisements.current(dossier).getLieux().stream().filter(l -> l.getId() == lieuProposeId)
                        .findFirst().orElse(null);
        if (lieu == null) {
            throw new PropositionInconnue("Le dossier " + dossier.getReference() + " n'a pas de lieu proposé n° "
                    + lieuProposeId + " dans son croisement en cours.");
        }
        ReponseLieu choisie = reponse(reponse);
        String texte = commentaire == null || commentaire.isBlank() ? null : commentaire.trim();
        if (texte != null && texte.length() > FormValues.TEXT_STORED) {
            throw new ReponseInvalide("Le commentaire dépasse " + FormValues.TEXT_STORED + " caractères.");
        }
        lieu.recordAnswer(choisie, texte, auteur, Calendrier.maintenant());
        // The journal names the answer, not the site: the chronology is shown to pilotage too.
        journal.record(dossier, auteur, "REPONSE_LIEU", "Réponse d'un lieu contacté : " + choisie.libelle());
        return LieuContacte.de(lieu);
    }

    private static ReponseLieu reponse(String reponse) {
        if (reponse == null || reponse.isBlank()) {
            throw new ReponseInvalide("Choisissez la réponse du lieu : Intéressé, Pas pour le moment ou Refus.");
        }
        try {
            return ReponseLieu.valueOf(reponse.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReponseInvalide("Réponse non reconnue : choisissez Intéressé, Pas pour le moment ou Refus.");
        }
    }

    private Dossier dossier(String reference) {
        String ref = reference == null ? "" : reference.trim().toUpperCase(Locale.ROOT);
        return dossiers.findByReference(ref).orElseThrow(() -> new PropositionInconnue("Dossier inconnu : " + reference));
    }
}
