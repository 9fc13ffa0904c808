package fr.territoire.sante.installation.dossier;

import fr.territoire.sante.installation.process.Calendrier;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts over every dossier, each in one aggregate query of the database, never by loading dossiers:
 * what operators' metrics show (and, later, the dashboard). No personal data leaves these queries.
 */
@Component
public class DossierFigures {

    private final JdbcTemplate jdbc;

    DossierFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Dossiers under way at each stage of the protocol; a stage with none counts 0. */
    public Map<Etape, Long> openByStage() {
        Map<Etape, Long> counts = new EnumMap<>(Etape.class);
        for (Etape etape : Etape.values()) {
            counts.put(etape, 0L);
        }
        jdbc.query("select etape, count(*) from dossier where statut = 'EN_COURS' group by etape",
                row -> {
                    counts.put(Etape.valueOf(row.getString(1)), row.getLong(2));
                });
        return counts;
    }

    /**
     * Dossiers under way that are late: flagged so by the matching deadline, or with a task of their
     * process past its due date (read from the engine's own table, so never a stale copy).
     */
    public long late() {
        Long count = jdbc.queryForObject("""
                select count(*) from dossier d
                 where d.statut = 'EN_COURS'
                   and (d.en_retard = true
                        or exists (select 1 from act_ru_task t
                                    where t.proc_inst_id_ = d.process_instance_id and t.due_date_ < ?))
                """, Long.class, Timestamp.from(Calendrier.maintenant()));
        return count == null ? 0 : count;
    }
}
