package fr.territoire.sante.installation.visits;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.notification.CourrielSortant;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.signin.Lecteur;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the dossier page's visit section ({@code templates/fiche/visites.html} calls
 * {@code @visitesFiche.vue(...)}). Site names, attendees and addresses identify people: pilotage gets
 * no section at all (null), administrators read it, CLS and CPTS also get the forms.
 */
@Component("visitesFiche")
public class VisitesFiche {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.FRENCH);
    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter ENVOI = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");

    private final PlanningVisites planning;
    private final InvitationsVisite invitations;

    VisitesFiche(PlanningVisites planning, InvitationsVisite invitations) {
        this.planning = planning;
        this.invitations = invitations;
    }

    /** Who may plan, move and cancel visits. */
    static boolean modifie(Lecteur lecteur) {
        return lecteur.accompagne();
    }

    /** Who may read them (and download the invitations). */
    static boolean lit(Lecteur lecteur) {
        return lecteur.voitIdentite();
    }

    public VueVisites vue(String reference, Lecteur lecteur) {
        return vue(reference, lecteur, SaisieVisite.vide(), List.of(), null);
    }

    @Transactional(readOnly = true)
    public VueVisites vue(String reference, Lecteur lecteur, SaisieVisite saisie, List<SaisieVisite.Erreur> erreurs, Long enErreur) {
        if (!lit(lecteur)) {
            return null;
        }
        Dossier dossier = planning.dossier(reference);
        List<VueVisites.Ligne> lignes = planning.toutes(dossier).stream().map(v -> ligne(v, dossier)).toList();
        List<VueVisites.Lieu> lieux = planning.lieuxProposes(dossier).stream()
                .map(l -> new VueVisites.Lieu(l.getId(), l.label())).toList();
        return new VueVisites(reference, modifie(lecteur) && dossier.isActive(), lignes, lieux, saisie, erreurs, enErreur);
    }

    private VueVisites.Ligne ligne(VisitePlanifiee visite, Dossier dossier) {
        var debut = visite.getDebut().atZone(Calendrier.FUSEAU);
        var fin = visite.getFin().atZone(Calendrier.FUSEAU);
        return new VueVisites.Ligne(visite.getId(), visite.lieuLibelle(), DATE.format(debut),
                HEURE.format(debut).replace(':', 'h') + " – " + HEURE.format(fin).replace(':', 'h'),
                visite.getPresentsCls(), visite.getPresentsCpts(), visite.getPresentsLieu(), visite.getElusInvites(),
                visite.isPrevue(), statut(visite),
                invitation(visite), invitations.adressesManquantes(visite, dossier),
                debut.toLocalDate().toString(), HEURE.format(debut), HEURE.format(fin));
    }

    /** A visit not cancelled whose end has passed reads « Passée »: its report is the visit report task's. */
    private static String statut(VisitePlanifiee visite) {
        if (!visite.isPrevue()) {
            return "Annulée";
        }
        String quand = visite.getFin().isBefore(Calendrier.maintenant()) ? "Passée" : "Prévue";
        return visite.getSequence() == 0 ? quand : quand + " (déplacée)";
    }

    /** Where the latest invitation stands, in French. */
    private String invitation(VisitePlanifiee visite) {
        List<CourrielSortant> envois = invitations.envois(visite);
        if (envois.isEmpty()) {
            return "Aucune invitation envoyée (aucune adresse e-mail)";
        }
        CourrielSortant dernier = envois.get(envois.size() - 1);
        String quoi = visite.isPrevue() ? (visite.getSequence() == 0 ? "Invitation" : "Mise à jour") : "Annulation";
        return switch (dernier.getStatut()) {
            case ENVOYE -> quoi + " envoyée le " + ENVOI.format(dernier.getEnvoyeLe().atZone(Calendrier.FUSEAU));
            case A_ENVOYER, EN_COURS -> quoi + (dernier.getTentatives() == 0 ? " en cours d'envoi"
                    : " pas encore envoyée : serveur de messagerie indisponible, nouvel essai automatique");
            case ABANDONNE -> quoi + " non envoyée après " + dernier.getTentatives() + " essais : prévenez les personnes invitées";
        };
    }
}
