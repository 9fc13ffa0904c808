package fr.territoire.sante.installation.visits;

import fr.territoire.sante.installation.process.Calendrier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * The iCalendar file of one visit (RFC 5545/5546): METHOD:REQUEST while planned, with the visit's stable
 * UID and its SEQUENCE (raised at each move, so calendars update the event they hold), METHOD:CANCEL and
 * STATUS:CANCELLED once cancelled. Times are Europe/Paris, with the zone's definition included.
 */
@Component
public class InvitationIcs {

    public static final String NOM_FICHIER = "visite.ics";
    private static final DateTimeFormatter HORAIRE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH'h'mm");
    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("HH'h'mm");
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

    public byte[] fichier(VisitePlanifiee visite, String organisateur, List<Participant> invites) {
        boolean annulee = !visite.isPrevue();
        VEvent evenement = new VEvent(heure(visite.getDebut()), heure(visite.getFin()), titre(visite));
        evenement.add(new Uid(visite.getUid()));
        evenement.add(new Sequence(visite.getSequence()));
        evenement.add(new DtStamp(visite.getModifieLe()));
        evenement.add(new Location(visite.lieuLibelle()));
        evenement.add(new Description(description(visite)));
        evenement.add(annulee ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (organisateur != null && !organisateur.isBlank()) {
            evenement.add(new Organizer(mailto(organisateur)));
        }
        for (Participant invite : invites) {
            if (invite.joignable()) {
                Attendee attendee = new Attendee(mailto(invite.email()));
                attendee.add(Role.REQ_PARTICIPANT);
                attendee.add(PartStat.NEEDS_ACTION);
                attendee.add(annulee ? Rsvp.FALSE : Rsvp.TRUE);
                if (invite.nom() != null && !invite.nom().isBlank()) {
                    attendee.add(new Cn(invite.nom()));
                }
                evenement.add(attendee);
            }
        }
        Calendar calendrier = new Calendar();
        calendrier.add(new ProdId("-//Accompagnement installation des professionnels de sante//Visites//FR"));
        calendrier.add(ImmutableVersion.VERSION_2_0);
        calendrier.add(ImmutableCalScale.GREGORIAN);
        calendrier.add(annulee ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendrier.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(Calendrier.FUSEAU.getId()).getVTimeZone());
        calendrier.add(evenement);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendrier, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The MIME type of the attachment, which tells mail clients what to do with it. */
    public static String typeMime(VisitePlanifiee visite) {
        return "text/calendar; charset=UTF-8; method=" + (visite.isPrevue() ? "REQUEST" : "CANCEL");
    }

    static String titre(VisitePlanifiee visite) {
        return "Visite – " + visite.lieuLibelle();
    }

    /** "10/03/2026 14h30–16h00": the day and times of a visit, short. */
    public static String horaire(VisitePlanifiee visite) {
        return HORAIRE.format(visite.getDebut().atZone(Calendrier.FUSEAU)) + "–" + HEURE.format(visite.getFin().atZone(Calendrier.FUSEAU));
    }

    /** "10/03/2026". */
    static String jour(Instant instant) {
        return Calendrier.JOUR.format(instant.atZone(Calendrier.FUSEAU));
    }

    static String quand(Instant instant) {
        return JOUR.format(instant.atZone(Calendrier.FUSEAU));
    }

    /** What the visit is and who comes, in French; the élus are named only as invited. */
    static String description(VisitePlanifiee visite) {
        List<String> lignes = new ArrayList<>();
        lignes.add((visite.isPrevue() ? "Visite du lieu d'exercice " : "Visite annulée : ") + visite.lieuLibelle()
                + ", le " + quand(visite.getDebut()) + " (fin prévue à " + quand(visite.getFin()).replaceAll(".* à ", "") + ").");
        ligne(lignes, "Présents pour le CLS : ", visite.getPresentsCls());
        ligne(lignes, "Présents pour la CPTS : ", visite.getPresentsCpts());
        ligne(lignes, "Présents pour le lieu : ", visite.getPresentsLieu());
        ligne(lignes, "Élus invités : ", visite.getElusInvites());
        lignes.add("Accompagnement au choix d'installation des professionnels de santé.");
        return String.join("\n", lignes);
    }

    private static void ligne(List<String> lignes, String libelle, String valeur) {
        if (valeur != null && !valeur.isBlank()) {
            lignes.add(libelle + valeur.strip());
        }
    }

    private static ZonedDateTime heure(Instant instant) {
        return instant.atZone(Calendrier.FUSEAU);
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email.strip().replace(" ", ""));
    }
}
