package fr.territoire.sante.installation.visits;

import fr.territoire.sante.installation.catalogue.LieuExercice;
import fr.territoire.sante.installation.catalogue.LieuExerciceRepository;
import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.Professionnel;
import fr.territoire.sante.installation.notification.CourrielAEnvoyer;
import fr.territoire.sante.installation.notification.CourrielSortant;
import fr.territoire.sante.installation.notification.Courriels;
import fr.territoire.sante.installation.notification.MailProperties;
import fr.territoire.sante.installation.notification.PieceJointe;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The invitation of a visit, queued in the outbox to the professional and the site's contact: a request
 * when planned or moved, a cancellation when cancelled, with {@code visite.ics}. One mail per version of
 * the visit (key "visite/{id}/{sequence}"), so that a step replayed never sends the same one twice.
 */
@Component
public class InvitationsVisite {

    private final Courriels courriels;
    private final InvitationIcs ics;
    private final LieuExerciceRepository lieux;
    private final MailProperties mail;

    InvitationsVisite(Courriels courriels, InvitationIcs ics, LieuExerciceRepository lieux, MailProperties mail) {
        this.courriels = courriels;
        this.ics = ics;
        this.lieux = lieux;
        this.mail = mail;
    }

    /** Who is invited: the professional, then the site's contact (either may lack an address). */
    public List<Participant> participants(VisitePlanifiee visite, Dossier dossier) {
        Professionnel professionnel = dossier.getProfessionnel();
        List<Participant> participants = new ArrayList<>();
        participants.add(new Participant(professionnel.getPrenom() + " " + professionnel.getNom(), professionnel.getEmail()));
        Optional<LieuExercice> lieu = lieu(visite);
        participants.add(new Participant(lieu.map(LieuExercice::getContactNom).orElse(null),
                lieu.map(LieuExercice::getContactEmail).orElse(null)));
        return participants;
    }

    /** What the page says about addresses: the invitation is not sent to someone without one. */
    public List<String> adressesManquantes(VisitePlanifiee visite, Dossier dossier) {
        List<Participant> participants = participants(visite, dossier);
        List<String> manquantes = new ArrayList<>();
        if (!participants.get(0).joignable()) {
            manquantes.add("le professionnel n'a pas d'adresse e-mail");
        }
        if (!participants.get(1).joignable()) {
            manquantes.add(visite.getLieuExerciceId() == null && lieu(visite).isEmpty()
                    ? "le lieu n'est pas dans le catalogue : pas d'adresse de contact"
                    : "le lieu n'a pas d'adresse e-mail de contact");
        }
        return manquantes;
    }

    /** The file of the visit as it stands (also what the dossier page offers for download). */
    public byte[] fichier(VisitePlanifiee visite, Dossier dossier) {
        return ics.fichier(visite, mail.expediteur(), participants(visite, dossier));
    }

    /** Queues the current version's invitation; false when nobody has an address or it was already queued. */
    public boolean envoyer(VisitePlanifiee visite, Dossier dossier) {
        List<String> destinataires = participants(visite, dossier).stream().filter(Participant::joignable)
                .map(p -> p.email().strip()).distinct().toList();
        if (destinataires.isEmpty()) {
            return false;
        }
        PieceJointe piece = new PieceJointe(InvitationIcs.NOM_FICHIER, InvitationIcs.typeMime(visite), fichier(visite, dossier));
        return courriels.programmer(new CourrielAEnvoyer(cle(visite), destinataires, objet(visite), texte(visite), List.of(piece)));
    }

    /** The invitations queued for a visit, oldest first. */
    public List<CourrielSortant> envois(VisitePlanifiee visite) {
        return courriels.parCle("visite/" + visite.getId() + "/");
    }

    static String cle(VisitePlanifiee visite) {
        return "visite/" + visite.getId() + "/" + visite.getSequence();
    }

    static String objet(VisitePlanifiee visite) {
        String quand = InvitationIcs.quand(visite.getDebut());
        if (!visite.isPrevue()) {
            return "Visite annulée : " + visite.lieuLibelle() + ", " + quand;
        }
        return (visite.getSequence() == 0 ? "Invitation : visite de " : "Visite déplacée : ") + visite.lieuLibelle() + ", " + quand;
    }

    static String texte(VisitePlanifiee visite) {
        String intro = !visite.isPrevue() ? "La visite suivante est annulée. Le fichier joint la retire de votre agenda."
                : visite.getSequence() == 0 ? "Vous êtes invité(e) à la visite suivante. Le fichier joint l'ajoute à votre agenda."
                : "La visite suivante a changé d'horaire. Le fichier joint met à jour votre agenda.";
        return "Bonjour,\n\n" + intro + "\n\n" + InvitationIcs.description(visite) + "\n\nBien cordialement,\n"
                + "L'équipe d'accompagnement à l'installation des professionnels de santé\n";
    }

    private Optional<LieuExercice> lieu(VisitePlanifiee visite) {
        if (visite.getLieuExerciceId() != null) {
            return lieux.findById(visite.getLieuExerciceId());
        }
        // A site typed in the matching form may still be one of the catalogue's, known by name and commune.
        return visite.getCommune() == null ? Optional.empty() : lieux.findByCle(LieuExercice.cle(visite.getLieuNom(), visite.getCommune()));
    }
}
