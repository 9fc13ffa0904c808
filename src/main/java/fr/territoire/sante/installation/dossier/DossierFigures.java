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
        // Two disjoint counts rather than one "flagged or exists" filter, which no index can serve: the
        // flagged ones by their index, then the others from the overdue tasks (one process, one dossier).
        Long count = jdbc.queryForObject("""
                select (select count(*) from dossier where en_retard = true and statut = 'EN_COURS')
                     + (select count(distinct t.proc_inst_id_) from act_ru_task t
                         where t.due_date_ < ?
                           and exists (select 1 from dossier d
                                        where d.process_instance_id = t.proc_inst_id_
                                          and d.en_retard = false and d.statut = 'EN_COURS'))
                """, Long.class, Timestamp.from(Calendrier.maintenant()));
        return count == null ? 0 : count;
    }
}
