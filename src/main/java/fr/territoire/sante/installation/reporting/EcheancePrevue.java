package fr.territoire.sante.installation.reporting;

/**
 * What an open dossier waits for when none of its tasks is open, only a timer: the cold debrief planned
 * at the hot one, or the next follow-up call. Once the timer fires, the task it opens has its own due
 * date, which comes first. One SQL expression over a {@code dossier} row aliased {@code d}, shared by the
 * reporting row ({@link LignesReporting}) and the agreement check that verifies it.
 */
public final class EcheancePrevue {

    public static final String SANS_TACHE_OUVERTE = """
            case when d.statut = 'EN_COURS' then coalesce(
                (select max(b.debrief_froid_prevu) from debrief b where b.dossier_id = d.id and b.type = 'CHAUD'
                    and b.id > coalesce((select max(f.id) from debrief f where f.dossier_id = d.id and f.type = 'FROID'), 0)),
                (select min(s.prevu_le) from suivi s where s.dossier_id = d.id and s.realise_le is null)) end""";

    private EcheancePrevue() {
    }
}
