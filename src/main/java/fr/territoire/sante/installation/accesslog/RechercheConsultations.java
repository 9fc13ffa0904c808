package fr.territoire.sante.installation.accesslog;

import fr.territoire.sante.installation.process.Calendrier;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the access log for the data-protection referent: filtered by dossier, user and period, paged. */
@Service
public class RechercheConsultations {

    public static final int TAILLE_PAGE = 50;

    private final NamedParameterJdbcTemplate jdbc;

    RechercheConsultations(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What to look for; null for any. Dates are days in Paris time, both included. */
    public record Critere(String reference, String utilisateur, LocalDate du, LocalDate au) {
    }

    /**
     * One entry as the page lists it.
     *
     * @param dossier the reference read, or for a list the one searched for, or null (a list, unfiltered)
     * @param nombre  how many dossiers the read showed (1 for a dossier's read)
     */
    public record Entree(Instant quand, String utilisateur, String nature, String dossier, int nombre, boolean liste,
            String detail) {
    }

    public record Page(List<Entree> entrees, long total, int numero) {
        public int nombreDePages() {
            return (int) Math.max(1, (total + TAILLE_PAGE - 1) / TAILLE_PAGE);
        }
    }

    @Transactional(readOnly = true)
    public Page page(Critere critere, int numero) {
        MapSqlParameterSource parametres = new MapSqlParameterSource();
        List<String> conditions = new ArrayList<>();
        if (critere.reference() != null) {
            conditions.add("(c.dossier_reference = :reference or c.references_listees like :listee)");
            parametres.addValue("reference", critere.reference()).addValue("listee", "% " + critere.reference() + " %");
        }
        if (critere.utilisateur() != null) {
            conditions.add("c.utilisateur = :utilisateur");
            parametres.addValue("utilisateur", critere.utilisateur());
        }
        if (critere.du() != null) {
            conditions.add("c.horodatage >= :du");
            parametres.addValue("du", Timestamp.from(Calendrier.le(critere.du(), LocalTime.MIDNIGHT)));
        }
        if (critere.au() != null) {
            conditions.add("c.horodatage < :au");
            parametres.addValue("au", Timestamp.from(Calendrier.le(critere.au().plusDays(1), LocalTime.MIDNIGHT)));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        Long total = jdbc.queryForObject("select count(*) from consultation c" + where, parametres, Long.class);
        int page = Math.max(1, numero);
        parametres.addValue("limite", TAILLE_PAGE).addValue("decalage", (long) (page - 1) * TAILLE_PAGE);
        List<Entree> entrees = jdbc.query("select c.horodatage, c.utilisateur, c.nature, c.dossier_reference, c.detail, "
                + "c.nombre, c.references_listees is not null as liste from consultation c" + where
                + " order by c.horodatage desc, c.id desc limit :limite offset :decalage", parametres, (row, i) -> {
                    boolean liste = row.getBoolean("liste") || row.getString("dossier_reference") == null;
                    String dossier = row.getString("dossier_reference");
                    return new Entree(row.getTimestamp("horodatage").toInstant(), row.getString("utilisateur"),
                            libelle(row.getString("nature")), dossier != null ? dossier : critere.reference(),
                            row.getInt("nombre"), liste, row.getString("detail"));
                });
        return new Page(entrees, total == null ? 0 : total, page);
    }

    private static String libelle(String nature) {
        try {
            return NatureConsultation.valueOf(nature).libelle();
        } catch (IllegalArgumentException e) {
            return nature;
        }
    }
}
