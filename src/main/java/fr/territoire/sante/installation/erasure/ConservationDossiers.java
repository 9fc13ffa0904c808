package fr.territoire.sante.installation.erasure;

import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.ProcessKeys;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Retention: a closed dossier (completed or withdrawn) is anonymised once the retention period has passed
 * since its closing. The period is the one the engine's history cleanup applies to the dossier's process:
 * the deployed diagram's {@code camunda:historyTimeToLive} (removal time = end of the instance + that
 * period, {@code history-removal-time-strategy: end}). One setting, which the process owner edits in
 * Modeler, so the store and the engine's history are purged by the same rule.
 */
@Service
public class ConservationDossiers {

    private static final Logger LOG = LoggerFactory.getLogger(ConservationDossiers.class);

    private final RepositoryService repository;
    private final EffacementDossier effacement;
    private final JdbcTemplate jdbc;

    ConservationDossiers(RepositoryService repository, EffacementDossier effacement, JdbcTemplate jdbc) {
        this.repository = repository;
        this.effacement = effacement;
        this.jdbc = jdbc;
    }

    /** The latest deployed dossier process's history time to live. */
    public Duration duree() {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.ACCOMPAGNEMENT)
                .latestVersion().singleResult();
        if (definition == null || definition.getHistoryTimeToLive() == null) {
            throw new IllegalStateException("The dossier process has no history time to live: nothing says how long to keep a dossier");
        }
        return Duration.ofDays(definition.getHistoryTimeToLive());
    }

    /**
     * Anonymises every dossier closed for longer than the period, each in its own transaction (one that
     * fails, e.g. erased at the same moment by another node, is left for the next run).
     *
     * @return how many were anonymised
     */
    public int anonymiserEchus() {
        Instant limite = Calendrier.maintenant().minus(duree());
        List<String> echus = jdbc.queryForList("select reference from dossier where statut <> 'EN_COURS' and anonymise_le is null"
                + " and clos_le < ? order by clos_le", String.class, OffsetDateTime.ofInstant(limite, ZoneOffset.UTC));
        int anonymises = 0;
        for (String reference : echus) {
            try {
                effacement.effacer(reference, MotifEffacement.DUREE_CONSERVATION_ECHUE, null, "système");
                anonymises++;
            } catch (RuntimeException e) {
                // Never the reference's owner in the logs: the reference only, and the failure's kind.
                LOG.warn("Dossier {} non anonymisé à l'échéance de conservation ({}) : nouvel essai au prochain passage",
                        reference, e.getClass().getSimpleName());
            }
        }
        if (anonymises > 0 || !echus.isEmpty()) {
            LOG.info("Durée de conservation : {} dossier(s) clos avant le {} anonymisé(s) sur {}", anonymises, limite, echus.size());
        }
        return anonymises;
    }
}
