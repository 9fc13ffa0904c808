package fr.territoire.sante.installation.visits;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.catalogue.LieuExercice;
import fr.territoire.sante.installation.catalogue.LieuExerciceRepository;
import fr.territoire.sante.installation.catalogue.TypeLieu;
import fr.territoire.sante.installation.notification.CourrielSortant;
import fr.territoire.sante.installation.notification.EnvoiCourriels;
import fr.territoire.sante.installation.notification.StatutCourriel;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.ProcessTest;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Invitations go through the outbox to a real SMTP server (GreenMail): the professional and the site's
 * contact receive visite.ics, a move sends the same UID with the next SEQUENCE, a cancellation a CANCEL;
 * a mail server down means a later retry and one single mail, never two.
 */
class InvitationsParCourrielTest extends ProcessTest {

    private static final String PROFESSIONNEL = "jeanne.fictive@exemple.invalid";

    @Autowired
    EnvoiCourriels envoi;
    @Autowired
    LieuExerciceRepository lieux;
    @Autowired
    InvitationsVisite invitations;
    @Autowired
    MeterRegistry meters;

    private String site;
    private String contact;

    @BeforeEach
    void dossierWithACatalogueSiteProposed() {
        envoi.envoyerEnAttente(); // what other tests queued goes now, not in the middle of ours
        site = "Maison de santé " + UUID.randomUUID().toString().substring(0, 8);
        contact = "contact-" + site.substring(16) + "@msp.invalid";
        LieuExercice lieu = new LieuExercice(site, "Bourg-Fictif", Calendrier.maintenant());
        lieu.setType(TypeLieu.MSP);
        lieu.setContactNom("Dr Martin");
        lieu.setContactEmail(contact);
        lieux.save(lieu);
        dossier.start().proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement()
                .croiser(site + " – Bourg-Fictif", "Cabinet hors catalogue – Val-Imaginaire");
    }

    @Test
    void aPlannedVisitSendsARequestToTheProfessionalAndTheSiteContact() throws Exception {
        VisitePlanifiee visite = planifier(LocalDate.now(Calendrier.FUSEAU).plusDays(7), "14:30", "16:00");

        assertThat(envoi.envoyerEnAttente()).isEqualTo(1);

        List<MimeMessage> recus = recusPour(visite);
        assertThat(recus).hasSize(2); // one copy per recipient on the server
        MimeMessage message = recus.get(0);
        assertThat(Arrays.stream(message.getRecipients(MimeMessage.RecipientType.TO)).map(a -> ((InternetAddress) a).getAddress()))
                .containsExactlyInAnyOrder(PROFESSIONNEL, contact);
        assertThat(message.getSubject()).startsWith("Invitation : visite de " + site + " – Bourg-Fictif, ");
        assertThat(message.getMessageID()).endsWith(".courriel@localhost>");
        assertThat(texte(message)).contains("Vous êtes invité(e) à la visite suivante").contains("Présents pour la CPTS : Coordinateur CPTS");
        VEvent evenement = evenement(message, "REQUEST");
        assertThat(evenement.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(visite.getUid());
        assertThat(evenement.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
        assertThat(evenement.getProperty(Property.DTSTART).orElseThrow().getValue()).endsWith("T143000");

        assertThat(envoi.envoyerEnAttente()).as("nothing left to send").isZero();
        assertThat(recusPour(visite)).hasSize(2);
        assertThat(invitations.envois(visite)).singleElement().satisfies(c -> {
            assertThat(c.getStatut()).isEqualTo(StatutCourriel.ENVOYE);
            assertThat(c.getTexte()).as("body dropped once sent").isNull();
            assertThat(c.getPiecesJointes()).isEmpty();
        });
    }

    @Test
    void aMovedVisitSendsTheNextSequenceAndACancelledOneACancellation() throws Exception {
        LocalDate jour = LocalDate.now(Calendrier.FUSEAU).plusDays(7);
        VisitePlanifiee visite = planifier(jour, "9:00", "10:00");
        envoi.envoyerEnAttente();

        PlanningVisites.Resultat deplacement = planningVisites.deplacer(dossier.reference(), visite.getId(),
                SaisieVisite.deplacement(jour.plusDays(1).toString(), "10:00", "11:30"), "cls1");
        assertThat(deplacement.erreurs()).isEmpty();
        envoi.envoyerEnAttente();
        MimeMessage deplacee = dernier(visite);
        assertThat(deplacee.getSubject()).startsWith("Visite déplacée : ");
        VEvent evenement = evenement(deplacee, "REQUEST");
        assertThat(evenement.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(visite.getUid());
        assertThat(evenement.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        assertThat(evenement.getProperty(Property.DTSTART).orElseThrow().getValue()).endsWith("T100000");

        assertThat(planningVisites.annuler(dossier.reference(), visite.getId(), "cls1").erreurs()).isEmpty();
        envoi.envoyerEnAttente();
        MimeMessage annulee = dernier(visite);
        assertThat(annulee.getSubject()).startsWith("Visite annulée : ");
        VEvent annulation = evenement(annulee, "CANCEL");
        assertThat(annulation.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(annulation.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("2");
        assertThat(invitations.envois(visite)).hasSize(3);
        assertThat(planningVisites.prevues(dossierId(visite))).extracting(VisitePlanifiee::getId).doesNotContain(visite.getId());
    }

    @Test
    void aMailServerDownMeansALaterRetryThenOneMailOnly() throws Exception {
        double echecsAvant = meters.counter("accompagnement.mails.failed").count();
        SMTP.stop();
        VisitePlanifiee visite = planifier(LocalDate.now(Calendrier.FUSEAU).plusDays(7), "9:00", "10:00");

        assertThat(envoi.envoyerEnAttente()).isZero();
        CourrielSortant enAttente = invitations.envois(visite).get(0);
        assertThat(enAttente.getStatut()).isEqualTo(StatutCourriel.A_ENVOYER);
        assertThat(enAttente.getTentatives()).isEqualTo(1);
        assertThat(enAttente.getDerniereErreur()).isNotBlank().doesNotContain(PROFESSIONNEL).doesNotContain(contact);
        assertThat(enAttente.getProchainEssai()).isAfter(Calendrier.maintenant());
        assertThat(meters.counter("accompagnement.mails.failed").count()).isEqualTo(echecsAvant + 1);

        SMTP.start();
        assertThat(envoi.envoyerEnAttente()).as("not due yet").isZero();
        ClockUtil.setCurrentTime(Date.from(Calendrier.maintenant().plus(Duration.ofMinutes(2))));
        assertThat(envoi.envoyerEnAttente()).isEqualTo(1);
        assertThat(envoi.envoyerEnAttente()).isZero();

        assertThat(recusPour(visite)).hasSize(2);
        assertThat(invitations.envois(visite)).singleElement().extracting(CourrielSortant::getStatut).isEqualTo(StatutCourriel.ENVOYE);
    }

    @Test
    void aPastDayOrAnEndBeforeTheStartIsRefusedInFrench() {
        var lieu = planningVisites.lieuxProposes(planningVisites.dossier(dossier.reference())).get(0);
        PlanningVisites.Resultat refus = planningVisites.planifier(dossier.reference(), new SaisieVisite(String.valueOf(lieu.getId()),
                LocalDate.now(Calendrier.FUSEAU).minusDays(1).toString(), "10:00", "9:00", null, null, null, null), "cpts1");

        assertThat(refus.erreurs()).extracting(Object::toString).containsExactly(
                "« Date de la visite » : aujourd'hui ou une date à venir.", "« Heure de fin » : après l'heure de début.");
        assertThat(planningVisites.prevues(planningVisites.dossier(dossier.reference()).getId())).isEmpty();
    }

    private VisitePlanifiee planifier(LocalDate jour, String debut, String fin) {
        var lieu = planningVisites.lieuxProposes(planningVisites.dossier(dossier.reference())).get(0);
        PlanningVisites.Resultat resultat = planningVisites.planifier(dossier.reference(), new SaisieVisite(String.valueOf(lieu.getId()),
                jour.toString(), debut, fin, "Chargée de mission CLS", "Coordinateur CPTS", "Dr Martin", "Adjointe au maire"), "cpts1");
        assertThat(resultat.erreurs()).isEmpty();
        return resultat.visite();
    }

    private Long dossierId(VisitePlanifiee visite) {
        return visite.getDossierId();
    }

    private List<MimeMessage> recusPour(VisitePlanifiee visite) throws Exception {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(visite.getLieuNom());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private MimeMessage dernier(VisitePlanifiee visite) throws Exception {
        List<MimeMessage> recus = recusPour(visite);
        return recus.get(recus.size() - 1);
    }

    private static String texte(MimeMessage message) throws Exception {
        return bodyText((Multipart) message.getContent());
    }

    private static String bodyText(Multipart multipart) throws Exception {
        BodyPart part = multipart.getBodyPart(0);
        return part.getContent() instanceof Multipart inner ? bodyText(inner) : String.valueOf(part.getContent());
    }

    /** The visite.ics attachment, parsed back, with its METHOD checked against the MIME type's. */
    private static VEvent evenement(MimeMessage message, String method) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if ("visite.ics".equals(part.getFileName())) {
                assertThat(part.getContentType()).startsWith("text/calendar").contains("method=" + method);
                try (InputStream in = part.getInputStream()) {
                    Calendar calendrier = new CalendarBuilder().build(in);
                    assertThat(calendrier.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo(method);
                    return calendrier.<VEvent>getComponent("VEVENT").orElseThrow();
                }
            }
        }
        throw new AssertionError("no visite.ics attached");
    }
}
