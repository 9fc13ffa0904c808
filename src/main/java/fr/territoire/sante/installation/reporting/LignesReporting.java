package fr.territoire.sante.installation.reporting;

import fr.territoire.sante.installation.dossier.DossierModifie;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps each dossier's row of the reporting table equal to what the store and the engine hold: the
 * row is rewritten just before the step's transaction commits, after the engine and JPA have written
 * theirs, so the table and the dossier commit (or roll back) together.
 */
@Component
class LignesReporting {

    private static final List<String> COLONNES = List.of("dossier_id", "reference", "professionnel", "recherche",
            "profession", "specialite", "origine_demande", "demande_le", "entretien_le", "entretien_realise_le",
            "croisement_le", "croisements", "visites", "debrief_chaud_le", "debrief_froid_le", "suivis_realises",
            "etape", "statut", "en_retard", "prochaine_echeance", "lieu_installation", "commune", "motif_arret",
            "clos_le");
    private static final String INSERER = "insert into ligne_reporting (" + String.join(", ", COLONNES) + ") ";

    /**
     * Dossiers' rows, computed from their own rows and their process's open tasks, in one query. The next
     * due date is the earliest open task's; when only a timer waits, what it waits for ({@link EcheancePrevue}).
     */
    private static final String COMPUTE = """
            select d.id, d.reference, d.prenom || ' ' || d.nom, lower(d.reference || ' ' || d.prenom || ' ' || d.nom),
                d.profession, d.specialite, d.origine_demande, d.cree_le, e.date_rendez_vous, e.realise_le,
                (select c.realise_le from croisement c where c.id = d.croisement_courant_id),
                (select count(*) from croisement c where c.dossier_id = d.id),
                (select count(*) from visite v where v.dossier_id = d.id),
                (select max(b.saisie_le) from debrief b where b.dossier_id = d.id and b.type = 'CHAUD'),
                (select max(b.saisie_le) from debrief b where b.dossier_id = d.id and b.type = 'FROID'),
                (select count(*) from suivi s where s.dossier_id = d.id and s.realise_le is not null),
                d.etape, d.statut, d.en_retard,
                coalesce((select min(t.due_date_) from act_ru_task t where t.proc_inst_id_ = d.process_instance_id),
                    %s),
                d.lieu_installation,
                coalesce(d.commune_installation,
                    (select max(s.commune) from suivi s where s.dossier_id = d.id and s.mois =
                        (select max(s2.mois) from suivi s2 where s2.dossier_id = d.id and s2.commune is not null)),
                    (select min(l.commune) from lieu_propose l where l.croisement_id = d.croisement_courant_id)),
                d.motif_arret, d.clos_le
            from dossier d left join entretien e on e.dossier_id = d.id
            """.formatted(EcheancePrevue.SANS_TACHE_OUVERTE);

    private final JdbcTemplate jdbc;
    private final String verrouDossier;
    private final String ecrireLigne;

    @PersistenceContext
    private EntityManager entityManager;

    LignesReporting(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        boolean postgres = "PostgreSQL".equalsIgnoreCase(
                jdbc.execute((java.sql.Connection connexion) -> connexion.getMetaData().getDatabaseProductName()));
        this.verrouDossier = "select id from dossier where id = ? " + (postgres ? "for no key update" : "for update");
        this.ecrireLigne = postgres ? upsertPostgres() : mergeH2();
    }

    /**
     * Collects the dossiers a transaction changes and rewrites each one's row once, just before that
     * transaction commits. A change made outside any transaction (a script) is written at once.
     */
    @EventListener
    void onChange(DossierModifie change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh(change.dossierId());
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> changed = (Set<Long>) TransactionSynchronizationManager.getResource(this);
        if (changed == null) {
            Set<Long> pending = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    // In id order: two transactions that rewrite the same dossiers lock them in the same order.
                    pending.stream().sorted().forEach(LignesReporting.this::refresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(LignesReporting.this);
                }
            });
            changed = pending;
        }
        changed.add(change.dossierId());
    }

    void refresh(long dossierId) {
        // The step's JPA changes are still in memory until commit; the row must read them.
        if (entityManager.isJoinedToTransaction()) {
            entityManager.flush();
        }
        // Two steps of one dossier committing at once (two visit reports) rewrite its row one after the
        // other: the second computes its row only once the first has committed, so it counts both reports
        // (each statement reads what was committed when it started; the lock makes it start after).
        // On PostgreSQL "for no key update": the step's own rows referring to the dossier (a visit report,
        // a journal entry) already hold a key-share lock on it, which "for update" would wait for: two
        // reports of one dossier committing at once then each waited for the other (a deadlock, seen in
        // DeuxNoeudsIT). "No key update" waits only for the other rewrite. H2 has no key-share locks.
        jdbc.queryForList(verrouDossier, Long.class, dossierId);
        jdbc.update(ecrireLigne, dossierId);
    }

    /**
     * One statement that inserts the row or replaces it in place: a delete then an insert cost a round
     * trip and a statement more at every step (about twenty per dossier; docs/performance.md).
     */
    private static String upsertPostgres() {
        return INSERER + COMPUTE + " where d.id = ?"
                + " on conflict (dossier_id) do update set " + COLONNES.stream().skip(1)
                        .map(colonne -> colonne + " = excluded." + colonne).collect(Collectors.joining(", "));
    }

    /** H2's own upsert: MERGE with a KEY replaces the row whose key matches, or inserts it. */
    private static String mergeH2() {
        return "merge into ligne_reporting (" + String.join(", ", COLONNES) + ") key (dossier_id) " + COMPUTE
                + " where d.id = ?";
    }

    /** Dossiers recorded before the table existed get their row once, at start. */
    @EventListener(ApplicationReadyEvent.class)
    void fillMissingRows() {
        // "not in" is read once as a hashed set: "not exists" let PostgreSQL rescan the table per dossier
        // when its statistics still said it was empty (quadratic on a first start with many dossiers).
        jdbc.update(INSERER + COMPUTE + " where d.id not in (select r.dossier_id from ligne_reporting r)");
    }
}
