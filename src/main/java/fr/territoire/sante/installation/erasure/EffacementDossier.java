package fr.territoire.sante.installation.erasure;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.process.Calendrier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases one professional: the dossier's process instances leave the engine (runtime, then history:
 * variables and their JSON, comments, business keys, task names, jobs, incidents), the store keeps an
 * anonymised statistical row ({@link InventaireDonneesPersonnelles}), and an {@link Effacement} records
 * that it happened. One transaction: all of it, or nothing.
 */
@Service
public class EffacementDossier {

    /** Written on the engine's history for the few milliseconds before that history is deleted too. */
    private static final String RAISON_MOTEUR = "Effacement RGPD";

    private final DossierRepository dossiers;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final NamedParameterJdbcTemplate jdbc;
    private final EffacementRepository effacements;
    private final Journal journal;

    EffacementDossier(DossierRepository dossiers, RuntimeService runtime, HistoryService history,
            NamedParameterJdbcTemplate jdbc, EffacementRepository effacements, Journal journal) {
        this.dossiers = dossiers;
        this.runtime = runtime;
        this.history = history;
        this.jdbc = jdbc;
        this.effacements = effacements;
        this.journal = journal;
    }

    /**
     * @param reference the dossier's reference, as the referent retyped it
     * @param auteur    the Camunda user id of the referent, or "système" for the retention job
     * @param demandeLe the day the professional asked (null for the retention job)
     * @throws DossierIntrouvable when no dossier bears that reference (an anonymised one no longer does)
     */
    @Transactional
    public Effacement effacer(String reference, MotifEffacement motif, LocalDate demandeLe, String auteur) {
        Dossier dossier = dossiers.findByReference(reference).orElseThrow(() -> new DossierIntrouvable(reference));
        boolean clos = !dossier.isActive();
        Instant maintenant = Calendrier.maintenant();

        int instances = effacerDuMoteur(dossier.getReference(), dossier.getProcessInstanceId());
        Map<String, Object> parametres = Map.of("dossier", dossier.getId(),
                "maintenant", OffsetDateTime.ofInstant(maintenant, ZoneOffset.UTC));
        // An open dossier ends here, as a withdrawal. JDBC, like the anonymisation below: the entity read
        // above stays unchanged, so Hibernate never writes its old values back over the erased ones.
        int lignes = jdbc.update("update dossier set statut = 'ARRETE', etape = 'CLOS', en_retard = false, clos_le = :maintenant"
                + " where id = :dossier and statut = 'EN_COURS'", parametres);
        for (InventaireDonneesPersonnelles.TableDuDossier table : InventaireDonneesPersonnelles.TABLES_DU_DOSSIER) {
            if (table.aEffacer()) {
                lignes += jdbc.update(table.sql(), parametres);
            }
        }
        Effacement effacement = effacements.save(new Effacement(maintenant, auteur, motif, demandeLe, clos, instances, lignes));
        // The dossier's timeline says that it was anonymised, and when; the reporting row is rewritten.
        journal.record(dossier, auteur, "ANONYMISATION", "Données personnelles effacées (" + motif.libelle() + ")");
        return effacement;
    }

    /**
     * The dossier's own instance and every instance started about it (withdrawal, appointment moves) bear
     * its reference as business key: the open ones are ended (no listener runs: nothing is recorded for a
     * dossier being erased), then every one's history is deleted.
     */
    private int effacerDuMoteur(String reference, String processInstanceId) {
        List<String> ouvertes = new ArrayList<>(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .list().stream().map(ProcessInstance::getId).toList());
        if (processInstanceId != null && !ouvertes.contains(processInstanceId)
                && runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
            ouvertes.add(processInstanceId);
        }
        if (!ouvertes.isEmpty()) {
            runtime.deleteProcessInstances(ouvertes, RAISON_MOTEUR, true, true, false);
        }
        List<String> historiques = new ArrayList<>(history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).list().stream().map(HistoricProcessInstance::getId).toList());
        if (processInstanceId != null && !historiques.contains(processInstanceId)
                && history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
            historiques.add(processInstanceId);
        }
        if (!historiques.isEmpty()) {
            history.deleteHistoricProcessInstances(historiques);
        }
        return historiques.size();
    }
}
