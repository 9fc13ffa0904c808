package fr.territoire.sante.installation.reporting;

import fr.territoire.sante.installation.dossier.Etape;
import fr.territoire.sante.installation.dossier.Statut;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.signin.Lecteur;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the reporting table: one page of 50 sorted and filtered rows and their count, or every
 * matching row streamed one at a time for an export. Each is one query on {@code ligne_reporting};
 * nothing loads every dossier.
 */
@Service
public class TableauReporting {

    public static final int TAILLE_PAGE = 50;
    private static final int LOT_EXPORT = 500;

    private final NamedParameterJdbcTemplate jdbc;
    /** Its own template: a fetch size makes PostgreSQL stream the rows through a cursor. */
    private final NamedParameterJdbcTemplate curseur;
    private final Libelles libelles;

    TableauReporting(NamedParameterJdbcTemplate jdbc, DataSource dataSource, Libelles libelles) {
        this.jdbc = jdbc;
        JdbcTemplate parLots = new JdbcTemplate(dataSource);
        parLots.setFetchSize(LOT_EXPORT);
        this.curseur = new NamedParameterJdbcTemplate(parLots);
        this.libelles = libelles;
    }

    public record Tri(Colonne colonne, boolean croissant) {
        public static Tri parDefaut() {
            return new Tri(Colonne.DEMANDE, false);
        }
    }

    public record Page(List<LigneTableau> lignes, long total, int numero) {
        /** The dossiers this page shows, for the access log. */
        public List<String> references() {
            return lignes.stream().map(LigneTableau::reference).toList();
        }

        public int nombreDePages() {
            return (int) Math.max(1, (total + TAILLE_PAGE - 1) / TAILLE_PAGE);
        }
    }

    @Transactional(readOnly = true)
    public Page page(Filtre filtre, Tri tri, int numero, Lecteur lecteur) {
        verifierTri(tri, lecteur);
        MapSqlParameterSource parametres = new MapSqlParameterSource();
        String where = where(filtre, lecteur, parametres);
        Long total = jdbc.queryForObject("select count(*) from ligne_reporting r" + where, parametres, Long.class);
        int page = Math.max(1, numero);
        parametres.addValue("limite", TAILLE_PAGE).addValue("decalage", (long) (page - 1) * TAILLE_PAGE);
        Libelles.Options options = libelles.options();
        List<LigneTableau> lignes = jdbc.query(select(tri) + where + orderBy(tri) + " limit :limite offset :decalage",
                parametres, (row, i) -> ligne(row, lecteur, options));
        return new Page(lignes, total == null ? 0 : total, page);
    }

    /** Every matching row, in order, read in batches from a cursor so that memory stays flat. */
    @Transactional(readOnly = true)
    public void parcourir(Filtre filtre, Tri tri, Lecteur lecteur, Consumer<LigneTableau> destination) {
        verifierTri(tri, lecteur);
        MapSqlParameterSource parametres = new MapSqlParameterSource();
        String sql = select(tri) + where(filtre, lecteur, parametres) + orderBy(tri);
        Libelles.Options options = libelles.options();
        curseur.query(sql, parametres, row -> {
            destination.accept(ligne(row, lecteur, options));
        });
    }

    /**
     * The references an export with this filter would list, for the access log (which must hold them
     * before the file is written): one narrow query on the same conditions.
     */
    @Transactional(readOnly = true)
    public List<String> references(Filtre filtre, Tri tri, Lecteur lecteur) {
        verifierTri(tri, lecteur);
        MapSqlParameterSource parametres = new MapSqlParameterSource();
        return curseur.queryForList("select r.reference from ligne_reporting r" + where(filtre, lecteur, parametres),
                parametres, String.class);
    }

    /** Late now: flagged by the matching deadline, or under way with its next due date passed. */
    private static final String EN_RETARD_MAINTENANT =
            "case when r.en_retard or (r.statut = 'EN_COURS' and r.prochaine_echeance < :maintenant) then 1 else 0 end";

    private static String select(Tri tri) {
        return "select r.*, " + EN_RETARD_MAINTENANT + " as en_retard_maintenant from ligne_reporting r";
    }

    private static String orderBy(Tri tri) {
        return " order by " + tri.colonne().orderBy(tri.croissant());
    }

    /** Sorting by names would tell, row after row, who is accompanied: never for those who may not see them. */
    static void verifierTri(Tri tri, Lecteur lecteur) {
        if (tri.colonne().identifiante() && !lecteur.voitIdentite()) {
            throw new FiltreParametres.ParametreInvalide("Tri indisponible : « " + tri.colonne().libelle() + " ».");
        }
    }

    private static String where(Filtre filtre, Lecteur lecteur, MapSqlParameterSource parametres) {
        List<String> conditions = new ArrayList<>();
        parametres.addValue("maintenant", Timestamp.from(Calendrier.maintenant()));
        if (filtre.etape() != null) {
            conditions.add("r.etape = :etape");
            parametres.addValue("etape", filtre.etape().name());
        }
        if (present(filtre.profession())) {
            conditions.add("r.profession = :profession");
            parametres.addValue("profession", filtre.profession());
        }
        if (present(filtre.origine())) {
            conditions.add("r.origine_demande = :origine");
            parametres.addValue("origine", filtre.origine());
        }
        if (present(filtre.commune())) {
            conditions.add("lower(r.commune) like :commune escape '\\'");
            parametres.addValue("commune", motif(filtre.commune()) + "%");
        }
        if (filtre.du() != null) {
            conditions.add("r.demande_le >= :du");
            parametres.addValue("du", Timestamp.from(Calendrier.le(filtre.du(), java.time.LocalTime.MIDNIGHT)));
        }
        if (filtre.au() != null) {
            conditions.add("r.demande_le < :au");
            parametres.addValue("au", Timestamp.from(Calendrier.le(filtre.au().plusDays(1), java.time.LocalTime.MIDNIGHT)));
        }
        if (filtre.enRetardSeulement()) {
            conditions.add("r.statut = 'EN_COURS' and (r.en_retard or r.prochaine_echeance < :maintenant)");
        }
        switch (filtre.ouverture() == null ? Filtre.Ouverture.TOUS : filtre.ouverture()) {
            case EN_COURS -> conditions.add("r.statut = 'EN_COURS'");
            case CLOS -> conditions.add("r.statut <> 'EN_COURS'");
            case TOUS -> { }
        }
        if (present(filtre.recherche())) {
            // A reader who may not see names searches references only: a name typed would otherwise
            // tell them, by the rows found, whether that person is accompanied.
            conditions.add(lecteur.voitIdentite() ? "r.recherche like :recherche escape '\\'"
                    : "lower(r.reference) like :recherche escape '\\'");
            parametres.addValue("recherche", "%" + motif(filtre.recherche()) + "%");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** What a user typed, lower-cased, with LIKE's wildcards taken literally. */
    private static String motif(String saisie) {
        return saisie.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static LigneTableau ligne(ResultSet row, Lecteur lecteur, Libelles.Options options) throws SQLException {
        boolean identite = lecteur.voitIdentite();
        return new LigneTableau(
                row.getLong("dossier_id"),
                row.getString("reference"),
                identite ? row.getString("professionnel") : null,
                options.profession(row.getString("profession")),
                identite ? row.getString("specialite") : null,
                options.origine(row.getString("origine_demande")),
                instant(row, "demande_le"),
                instant(row, "entretien_le"),
                instant(row, "entretien_realise_le"),
                instant(row, "croisement_le"),
                row.getInt("croisements"),
                row.getInt("visites"),
                instant(row, "debrief_chaud_le"),
                instant(row, "debrief_froid_le"),
                row.getInt("suivis_realises"),
                Etape.valueOf(row.getString("etape")),
                Statut.valueOf(row.getString("statut")),
                row.getInt("en_retard_maintenant") == 1,
                instant(row, "prochaine_echeance"),
                identite ? row.getString("lieu_installation") : null,
                row.getString("commune"),
                identite ? row.getString("motif_arret") : null);
    }

    private static java.time.Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
