package fr.territoire.sante.installation.consistency;

import fr.territoire.sante.installation.dossier.Etape;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.ProcessKeys;
import fr.territoire.sante.installation.reporting.EcheancePrevue;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement check between the reporting store and the engine: for every dossier under way (and those
 * changed lately, for their reporting row) it compares the store's stage, status, reporting row and
 * planned appointments with the engine's active instance, open tasks (and the stage each declares) and
 * timers. Each comparison is one set-based query over every dossier, never one query per dossier, all
 * read in one snapshot (repeatable read), so a step committing meanwhile is seen whole or not at all.
 */
@Service
public class ControleCoherence {

    /** Closed dossiers changed this recently still have their reporting row checked. */
    static final Duration RECENT = Duration.ofDays(30);

    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Calendrier.FUSEAU);

    private final JdbcTemplate jdbc;
    private final EtapesDesTaches etapes;

    ControleCoherence(JdbcTemplate jdbc, EtapesDesTaches etapes) {
        this.jdbc = jdbc;
        this.etapes = etapes;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public RapportCoherence controler() {
        long debut = System.nanoTime();
        Instant maintenant = Calendrier.maintenant();
        Constat constat = new Constat();
        dossiersSansProcessus(constat);
        processusSansDossierEnCours(constat);
        processusEnDouble(constat);
        etapesDifferentes(constat);
        lignesReporting(constat, maintenant.minus(RECENT));
        minuteries(constat);
        travauxEnEchec(constat);
        Long controles = jdbc.queryForObject("select count(*) from dossier where statut = 'EN_COURS' or modifie_le >= ?",
                Long.class, Timestamp.from(maintenant.minus(RECENT)));
        return constat.rapport(maintenant, Duration.ofNanos(System.nanoTime() - debut).toMillis(), controles == null ? 0 : controles);
    }

    private void dossiersSansProcessus(Constat constat) {
        jdbc.query("""
                select d.reference, d.etape, d.process_instance_id from dossier d
                where d.statut = 'EN_COURS'
                  and (d.process_instance_id is null
                       or not exists (select 1 from act_ru_execution e where e.id_ = d.process_instance_id))
                """, row -> {
            constat.ajoute(TypeDivergence.DOSSIER_SANS_PROCESSUS, row.getString(1),
                    "en cours, étape " + libelle(row.getString(2)),
                    row.getString(3) == null ? "aucune instance rattachée" : "instance " + row.getString(3) + " inactive ou absente");
        });
    }

    private void processusSansDossierEnCours(Constat constat) {
        jdbc.query("""
                select e.id_, e.business_key_, d.reference, d.statut from act_ru_execution e
                join act_re_procdef p on p.id_ = e.proc_def_id_
                left join dossier d on d.process_instance_id = e.id_
                where e.id_ = e.proc_inst_id_ and p.key_ = ?
                  and (d.id is null or d.statut <> 'EN_COURS')
                """, row -> {
            String reference = row.getString(3) != null ? row.getString(3)
                    : row.getString(2) != null ? row.getString(2) : "instance " + row.getString(1);
            constat.ajoute(TypeDivergence.PROCESSUS_SANS_DOSSIER_EN_COURS, reference,
                    row.getString(3) == null ? "aucun dossier rattaché à cette instance" : "dossier " + statut(row.getString(4)),
                    "instance " + row.getString(1) + " active");
        }, ProcessKeys.ACCOMPAGNEMENT);
    }

    private void processusEnDouble(Constat constat) {
        jdbc.query("""
                select e.business_key_, count(*) from act_ru_execution e
                join act_re_procdef p on p.id_ = e.proc_def_id_
                where e.id_ = e.proc_inst_id_ and p.key_ = ? and e.business_key_ is not null
                group by e.business_key_ having count(*) > 1
                """, row -> {
            constat.ajoute(TypeDivergence.PROCESSUS_EN_DOUBLE, row.getString(1), "un dossier",
                    row.getLong(2) + " instances actives");
        }, ProcessKeys.ACCOMPAGNEMENT);
    }

    /** One row per open task of a dossier under way; the stage each task declares is read from its diagram. */
    private void etapesDifferentes(Constat constat) {
        Map<String, Etape> etapeDuDossier = new HashMap<>();
        Map<String, Set<Etape>> etapesDesTaches = new HashMap<>();
        jdbc.query("""
                select d.reference, d.etape, t.proc_def_id_, t.task_def_key_ from dossier d
                join act_ru_task t on t.proc_inst_id_ = d.process_instance_id
                where d.statut = 'EN_COURS'
                """, row -> {
            String reference = row.getString(1);
            etapeDuDossier.put(reference, Etape.valueOf(row.getString(2)));
            etapes.etape(row.getString(3), row.getString(4)).ifPresent(etape ->
                    etapesDesTaches.computeIfAbsent(reference, r -> EnumSet.noneOf(Etape.class)).add(etape));
        });
        new TreeSet<>(etapesDesTaches.keySet()).forEach(reference -> {
            Set<Etape> ouvertes = etapesDesTaches.get(reference);
            Etape stockee = etapeDuDossier.get(reference);
            if (!ouvertes.contains(stockee)) {
                StringJoiner libelles = new StringJoiner(", ");
                ouvertes.forEach(e -> libelles.add(e.libelle()));
                constat.ajoute(TypeDivergence.ETAPE_DIFFERENTE, reference, "étape " + stockee.libelle(),
                        "tâches ouvertes de l'étape " + libelles);
            }
        });
    }

    private void lignesReporting(Constat constat, Instant depuis) {
        jdbc.query("""
                select d.reference, d.etape, d.statut, d.en_retard, r.dossier_id, r.etape, r.statut, r.en_retard,
                       r.prochaine_echeance, coalesce(t.echeance, %1$s)
                from dossier d
                left join ligne_reporting r on r.dossier_id = d.id
                left join (select proc_inst_id_, min(due_date_) as echeance from act_ru_task group by proc_inst_id_) t
                       on t.proc_inst_id_ = d.process_instance_id
                where (d.statut = 'EN_COURS' or d.modifie_le >= ?)
                  and (r.dossier_id is null or r.etape <> d.etape or r.statut <> d.statut or r.en_retard <> d.en_retard
                       or r.prochaine_echeance is distinct from coalesce(t.echeance, %1$s))
                order by d.reference
                """.formatted(EcheancePrevue.SANS_TACHE_OUVERTE), row -> {
            String reference = row.getString(1);
            if (row.getObject(5) == null) {
                constat.ajoute(TypeDivergence.LIGNE_REPORTING_ABSENTE, reference, "aucune ligne",
                        "dossier " + statut(row.getString(3)) + ", étape " + libelle(row.getString(2)));
                return;
            }
            StringJoiner ligne = new StringJoiner(" ; ");
            StringJoiner attendu = new StringJoiner(" ; ");
            ecart(ligne, attendu, "étape", libelle(row.getString(6)), libelle(row.getString(2)));
            ecart(ligne, attendu, "statut", statut(row.getString(7)), statut(row.getString(3)));
            ecart(ligne, attendu, "en retard", ouiNon(row.getBoolean(8)), ouiNon(row.getBoolean(4)));
            ecart(ligne, attendu, "prochaine échéance", date(instant(row, 9)), date(instant(row, 10)));
            constat.ajoute(TypeDivergence.LIGNE_REPORTING_DIFFERENTE, reference, "ligne : " + ligne,
                    "dossier et tâches du moteur : " + attendu);
        }, Timestamp.from(depuis));
    }

    /**
     * A dossier with no open task that has a cold debrief or a follow-up planned must wait on a timer due
     * at that date: the next follow-up not yet made, or else the cold debrief planned at the current
     * round's hot debrief and not yet held.
     */
    private void minuteries(Constat constat) {
        jdbc.query("""
                select d.reference,
                       (select min(s.prevu_le) from suivi s where s.dossier_id = d.id and s.realise_le is null),
                       (select max(b.debrief_froid_prevu) from debrief b
                         where b.dossier_id = d.id and b.croisement_id = d.croisement_courant_id and b.type = 'CHAUD'
                           and not exists (select 1 from debrief f where f.dossier_id = d.id
                                            and f.croisement_id = b.croisement_id and f.type = 'FROID')),
                       (select min(j.duedate_) from act_ru_job j
                         where j.process_instance_id_ = d.process_instance_id and j.type_ = 'timer')
                from dossier d
                where d.statut = 'EN_COURS' and d.etape in ('DEBRIEF', 'SUIVI')
                  and not exists (select 1 from act_ru_task t where t.proc_inst_id_ = d.process_instance_id)
                order by d.reference
                """, row -> {
            Instant suivi = instant(row, 2);
            Instant prevu = suivi != null ? suivi : instant(row, 3);
            if (prevu == null) {
                return;
            }
            String quoi = (suivi != null ? "suivi prévu le " : "débrief à froid prévu le ") + date(prevu);
            Instant minuterie = instant(row, 4);
            if (minuterie == null) {
                constat.ajoute(TypeDivergence.MINUTERIE_ABSENTE, row.getString(1), quoi, "aucune minuterie ni tâche ouverte");
            } else if (!minuterie.truncatedTo(ChronoUnit.SECONDS).equals(prevu.truncatedTo(ChronoUnit.SECONDS))) {
                constat.ajoute(TypeDivergence.MINUTERIE_DECALEE, row.getString(1), quoi, "minuterie au " + date(minuterie));
            }
        });
    }

    private void travauxEnEchec(Constat constat) {
        jdbc.query("""
                select d.reference, count(*) from act_ru_job j
                join dossier d on d.process_instance_id = j.process_instance_id_
                where j.retries_ = 0
                group by d.reference order by d.reference
                """, row -> {
            constat.ajoute(TypeDivergence.TRAVAIL_EN_ECHEC, row.getString(1), "le dossier attend ce travail",
                    row.getLong(2) + " travail(aux) sans nouvel essai");
        });
    }

    private static void ecart(StringJoiner ligne, StringJoiner attendu, String champ, String vu, String voulu) {
        if (!Objects.equals(vu, voulu)) {
            ligne.add(champ + " " + vu);
            attendu.add(champ + " " + voulu);
        }
    }

    private static Instant instant(ResultSet row, int colonne) throws SQLException {
        Timestamp valeur = row.getTimestamp(colonne);
        return valeur == null ? null : valeur.toInstant();
    }

    private static String date(Instant instant) {
        return instant == null ? "aucune" : DATE_HEURE.format(instant);
    }

    private static String ouiNon(boolean valeur) {
        return valeur ? "oui" : "non";
    }

    private static String libelle(String etape) {
        try {
            return Etape.valueOf(etape).libelle();
        } catch (IllegalArgumentException | NullPointerException inconnue) {
            return String.valueOf(etape);
        }
    }

    private static String statut(String statut) {
        return switch (String.valueOf(statut)) {
            case "EN_COURS" -> "en cours";
            case "ARRETE" -> "arrêté";
            case "TERMINE" -> "terminé";
            default -> String.valueOf(statut);
        };
    }

    /** The divergences found so far, by kind, each list cut at {@link RapportCoherence#LISTES_AU_PLUS}. */
    private static final class Constat {
        private final Map<TypeDivergence, List<Divergence>> cas = new EnumMap<>(TypeDivergence.class);
        private final Map<TypeDivergence, Long> nombres = new EnumMap<>(TypeDivergence.class);

        void ajoute(TypeDivergence type, String reference, String magasin, String moteur) {
            nombres.merge(type, 1L, Long::sum);
            List<Divergence> liste = cas.computeIfAbsent(type, t -> new ArrayList<>());
            if (liste.size() < RapportCoherence.LISTES_AU_PLUS) {
                liste.add(new Divergence(type, reference, magasin, moteur));
            }
        }

        RapportCoherence rapport(Instant le, long dureeMs, long controles) {
            List<RapportCoherence.Groupe> groupes = new ArrayList<>();
            long total = 0;
            for (TypeDivergence type : TypeDivergence.values()) {
                long nombre = nombres.getOrDefault(type, 0L);
                if (nombre > 0) {
                    groupes.add(new RapportCoherence.Groupe(type, type.libelle(), type.consigne(), nombre, cas.get(type)));
                    total += nombre;
                }
            }
            return new RapportCoherence(le, dureeMs, controles, total, List.copyOf(groupes));
        }
    }
}
