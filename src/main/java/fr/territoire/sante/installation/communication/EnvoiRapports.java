package fr.territoire.sante.installation.communication;

import fr.territoire.sante.installation.identity.Groups;
import fr.territoire.sante.installation.notification.CourrielAEnvoyer;
import fr.territoire.sante.installation.notification.Courriels;
import fr.territoire.sante.installation.notification.PieceJointe;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.reports.Audience;
import fr.territoire.sante.installation.reports.RapportPeriodique;
import fr.territoire.sante.installation.reports.RapportsPeriodiques;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * F. Sends a report to its audience's active recipients: one e-mail each, PDF and XLSX attached, queued
 * in the outbox in the caller's transaction (keys "rapport-&lt;id&gt;-&lt;address&gt;": sending again never sends
 * twice to the same address), then records the comment and the sending on the report.
 */
@Service
public class EnvoiRapports {

    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Logger LOG = LoggerFactory.getLogger(EnvoiRapports.class);

    private final RapportsPeriodiques rapports;
    private final DestinatairesRapport destinataires;
    private final Courriels courriels;

    EnvoiRapports(RapportsPeriodiques rapports, DestinatairesRapport destinataires, Courriels courriels) {
        this.rapports = rapports;
        this.destinataires = destinataires;
        this.courriels = courriels;
    }

    public RapportPeriodique rapport(long id) {
        return rapports.trouver(id).orElseThrow(() -> new RapportIntrouvable(id));
    }

    /** The addresses the report would go to now; empty means the sender must add some first. */
    public List<DestinataireRapport> destinatairesActifs(Audience audience) {
        return destinataires.actifs(audience);
    }

    /** Returns how many e-mails were queued (addresses that already had this report are skipped). */
    @Transactional
    public int envoyer(long rapportId, String commentaire, String par) {
        List<DestinataireRapport> actifs = destinataires.actifs(rapport(rapportId).getAudience());
        if (actifs.isEmpty()) {
            throw new IllegalStateException("No active recipient for report " + rapportId);
        }
        // The comment is written into the PDF and XLSX too, so what goes is what the sender read, plus the word.
        RapportPeriodique rapport = rapports.commenter(rapportId, commentaire);
        List<PieceJointe> pieces = piecesJointes(rapport);
        String objet = objet(rapport);
        int programmes = 0;
        for (DestinataireRapport destinataire : actifs) {
            boolean nouveau = courriels.programmer(new CourrielAEnvoyer(cle(rapport, destinataire.getEmail()),
                    List.of(destinataire.getEmail()), objet, texte(rapport, destinataire), pieces));
            programmes += nouveau ? 1 : 0;
        }
        rapport.marquerEnvoye(Calendrier.maintenant(), par, actifs.stream().map(DestinataireRapport::getEmail).toList());
        // Counts and ids only: addresses and the comment stay out of the logs.
        LOG.info("Rapport {} ({}) : {} courriel(s) programmé(s) sur {} destinataire(s) actif(s)",
                rapport.getId(), rapport.getAudience(), programmes, actifs.size());
        return programmes;
    }

    static String cle(RapportPeriodique rapport, String email) {
        return "rapport-" + rapport.getId() + "-" + email.toLowerCase(Locale.ROOT);
    }

    static String objet(RapportPeriodique rapport) {
        return "Accompagnement à l'installation des professionnels de santé – rapport " + RapportADiffuserListener.titre(rapport);
    }

    static String texte(RapportPeriodique rapport, DestinataireRapport destinataire) {
        PeriodeRapport periode = new PeriodeRapport(rapport.getDu(), rapport.getAu());
        StringBuilder texte = new StringBuilder()
                .append("Bonjour ").append(destinataire.getNom()).append(",\n\n")
                .append("Veuillez trouver ci-joint le point d'information « ").append(rapport.getAudience().libelle())
                .append(" » sur l'accompagnement à l'installation des professionnels de santé, pour la période ")
                .append(periode.dates()).append(" (").append(periode.libelle()).append(").\n\n")
                .append("Le PDF présente les chiffres et les graphiques de la période ; le fichier XLSX en donne les chiffres. ")
                .append("Ils ne contiennent aucune donnée personnelle.\n");
        if (rapport.getCommentaire() != null) {
            texte.append("\nCommentaire :\n").append(rapport.getCommentaire()).append('\n');
        }
        return texte.append("\nBien cordialement,\n").append(signature(rapport.getAudience())).append('\n').toString();
    }

    private static String signature(Audience audience) {
        return Groups.CLS.equals(audience.groupe()) ? "Le Contrat local de santé" : "La Communauté professionnelle territoriale de santé";
    }

    private static List<PieceJointe> piecesJointes(RapportPeriodique rapport) {
        String base = "rapport-" + rapport.getAudience().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + "-" + rapport.getDu() + "-" + rapport.getAu();
        return List.of(new PieceJointe(base + ".pdf", PDF, rapport.getPdf()),
                new PieceJointe(base + ".xlsx", XLSX, rapport.getXlsx()));
    }
}
