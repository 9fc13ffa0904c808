package fr.territoire.sante.installation.dossier;

import fr.territoire.sante.installation.process.Calendrier;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads each dossier's situation from the store and the engine's own tables in one query, so the next
 * due date is never a stale copy of what the engine holds.
 */
@Component
public class SituationsDossiers {

    private static final String SELECT = """
            select d.reference, d.etape, d.en_retard,
                   (select min(t.due_date_) from act_ru_task t where t.proc_inst_id_ = d.process_instance_id) as tache,
                   (select min(j.duedate_) from act_ru_job j
                     where j.process_instance_id_ = d.process_instance_id and j.type_ = 'timer') as minuteur
              from dossier d
            """;

    private final JdbcTemplate jdbc;

    SituationsDossiers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<SituationDossier> enCours() {
        return jdbc.query(SELECT + " where d.statut = 'EN_COURS' order by d.reference", this::situation);
    }

    public Optional<SituationDossier> of(String reference) {
        return jdbc.query(SELECT + " where d.reference = ?", this::situation, reference).stream().findFirst();
    }

    private SituationDossier situation(ResultSet row, int rowNumber) throws SQLException {
        Instant tache = instant(row.getTimestamp("tache"));
        Instant minuteur = instant(row.getTimestamp("minuteur"));
        Instant prochaine = tache == null ? minuteur : minuteur == null || tache.isBefore(minuteur) ? tache : minuteur;
        boolean enRetard = row.getBoolean("en_retard") || (tache != null && tache.isBefore(Calendrier.maintenant()));
        return new SituationDossier(row.getString("reference"), Etape.valueOf(row.getString("etape")), prochaine, enRetard);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
