package fr.territoire.sante.installation.visits;

import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.catalogue.LieuExercice;
import fr.territoire.sante.installation.process.Calendrier;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Plans a visit of a catalogue site for a dossier's current matching round, as the CPTS will once the
 * visit schedule is in the organisation task: for tests of the steps that read the schedule.
 */
public final class VisitesDeTest {

    private VisitesDeTest() {
    }

    /** The site must be among the round's retained sites (same name); the visit lasts 1 h 30 from {@code heure}. */
    public static VisitePlanifiee planifier(JdbcTemplate jdbc, VisitePlanifieeRepository visites, Long dossierId,
            LieuExercice lieu, LocalDate jour, int heure, String presentsCls, String presentsLieu) {
        Long croisementId = jdbc.queryForObject("select croisement_courant_id from dossier where id = ?", Long.class, dossierId);
        Long lieuProposeId = jdbc.queryForObject("select id from lieu_propose where croisement_id = ? and libelle = ?",
                Long.class, croisementId, lieu.getNom());
        VisitePlanifiee visite = new VisitePlanifiee(dossierId, croisementId, lieuProposeId, lieu.getId(), lieu.getNom(),
                lieu.getCommune(), "visite-" + lieuProposeId + "@test", Calendrier.maintenant(), TestStaff.CPTS);
        visite.horaires(Calendrier.le(jour, LocalTime.of(heure, 0)), Calendrier.le(jour, LocalTime.of(heure + 1, 30)));
        visite.presents(presentsCls, null, presentsLieu, null);
        return visites.save(visite);
    }
}
