package fr.territoire.sante.installation.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import org.junit.jupiter.api.Test;

/** The invitation file, parsed back with ical4j: a request while planned, the same UID moved or cancelled. */
class InvitationIcsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final InvitationIcs ics = new InvitationIcs();

    static VisitePlanifiee visite() {
        VisitePlanifiee visite = new VisitePlanifiee(1L, 2L, 3L, null, "Maison de santé des Tilleuls", "Bourg-Fictif",
                "visite-test-1@accompagnement", Instant.parse("2026-03-01T08:00:00Z"), "cls1");
        visite.horaires(ZonedDateTime.of(2026, 3, 10, 14, 30, 0, 0, PARIS).toInstant(),
                ZonedDateTime.of(2026, 3, 10, 16, 0, 0, 0, PARIS).toInstant());
        visite.presents("Claire (CLS)", "Paul (CPTS)", "Dr Martin", "Le maire");
        return visite;
    }

    static Calendar parse(byte[] fichier) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(fichier));
    }

    @Test
    void aPlannedVisitIsARequestInParisTimeWithBothAttendees() throws Exception {
        Calendar calendrier = parse(ics.fichier(visite(), "accompagnement@exemple.invalid",
                List.of(new Participant("Alice Fictive", "alice@exemple.invalid"), new Participant("Dr Martin", "contact@msp.invalid"))));

        assertThat(calendrier.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent evenement = calendrier.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(evenement.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("visite-test-1@accompagnement");
        assertThat(evenement.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
        assertThat(evenement.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20260310T143000");
        assertThat(evenement.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Paris");
        assertThat(evenement.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Visite – Maison de santé des Tilleuls – Bourg-Fictif");
        assertThat(evenement.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Maison de santé des Tilleuls – Bourg-Fictif");
        assertThat(evenement.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .contains("mardi 10 mars 2026 à 14h30").contains("Présents pour la CPTS : Paul (CPTS)").contains("Élus invités : Le maire");
        assertThat(evenement.getProperty(Property.ORGANIZER).orElseThrow().getValue()).isEqualTo("mailto:accompagnement@exemple.invalid");
        assertThat(evenement.<Attendee>getProperties(Property.ATTENDEE)).extracting(Property::getValue)
                .containsExactly("mailto:alice@exemple.invalid", "mailto:contact@msp.invalid");
        assertThat(calendrier.getComponent("VTIMEZONE")).isPresent();
    }

    @Test
    void aMovedVisitKeepsItsUidWithTheNextSequence() throws Exception {
        VisitePlanifiee visite = visite();
        visite.deplacer(ZonedDateTime.of(2026, 3, 12, 9, 0, 0, 0, PARIS).toInstant(),
                ZonedDateTime.of(2026, 3, 12, 10, 0, 0, 0, PARIS).toInstant(), Instant.parse("2026-03-02T08:00:00Z"), "cpts1");

        VEvent evenement = parse(ics.fichier(visite, "accompagnement@exemple.invalid", List.of())).<VEvent>getComponent("VEVENT").orElseThrow();

        assertThat(evenement.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("visite-test-1@accompagnement");
        assertThat(evenement.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        assertThat(evenement.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20260312T090000");
    }

    @Test
    void aCancelledVisitIsACancellationOfTheSameEvent() throws Exception {
        VisitePlanifiee visite = visite();
        visite.annuler(Instant.parse("2026-03-02T08:00:00Z"), "cls1");

        Calendar calendrier = parse(ics.fichier(visite, "accompagnement@exemple.invalid", List.of(new Participant(null, "alice@exemple.invalid"))));

        assertThat(calendrier.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent evenement = calendrier.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(evenement.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(evenement.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        assertThat(InvitationIcs.typeMime(visite)).isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
    }

    @Test
    void aMissingAddressIsLeftOutOfTheAttendees() throws Exception {
        VEvent evenement = parse(ics.fichier(visite(), "accompagnement@exemple.invalid",
                List.of(new Participant("Alice", "alice@exemple.invalid"), new Participant("Sans adresse", " ")))).<VEvent>getComponent("VEVENT").orElseThrow();

        assertThat(evenement.<Attendee>getProperties(Property.ATTENDEE)).hasSize(1);
    }
}
