package fr.territoire.sante.installation.accesslog;

import fr.territoire.sante.installation.process.Calendrier;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the access log: one insert per read, in its own transaction, before the data leave the server.
 * An entry holds a user id, a kind of read, a reference (or the references a list showed) and a time:
 * nothing about the professional. If it cannot be written, {@link JournalIndisponible}: the caller does
 * not hand the data out.
 */
@Service
public class JournalConsultations {

    private static final String INSERT = "insert into consultation "
            + "(horodatage, utilisateur, nature, dossier_reference, detail, references_listees, nombre) values (?, ?, ?, ?, ?, ?, ?)";
    private static final int UTILISATEUR = 100;
    private static final int DETAIL = 200;

    private final JdbcTemplate jdbc;
    /** Its own transaction: committed before the data are handed out, whatever the caller's. */
    private final TransactionTemplate propre;

    JournalConsultations(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.propre = new TransactionTemplate(transactions);
        this.propre.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** One dossier read (its page, its JSON, one of its parts, its export, one of its tasks). */
    public void dossier(String utilisateur, NatureConsultation nature, String reference, String detail) {
        inserer(utilisateur, nature, reference, detail, null, 1);
    }

    /** A list (the reporting table, its JSON, its exports): one entry with every reference it showed. */
    public void liste(String utilisateur, NatureConsultation nature, Collection<String> references) {
        String listees = references.isEmpty() ? null
                : references.stream().collect(Collectors.joining(" ", " ", " "));
        inserer(utilisateur, nature, null, null, listees, references.size());
    }

    private void inserer(String utilisateur, NatureConsultation nature, String reference, String detail,
            String listees, int nombre) {
        Instant maintenant = Calendrier.maintenant();
        try {
            propre.executeWithoutResult(status -> jdbc.update(INSERT, Timestamp.from(maintenant),
                    tronquer(utilisateur, UTILISATEUR), nature.name(), reference, tronquer(detail, DETAIL), listees, nombre));
        } catch (DataAccessException | TransactionException e) {
            throw new JournalIndisponible(e);
        }
    }

    private static String tronquer(String valeur, int longueur) {
        return valeur == null || valeur.length() <= longueur ? valeur : valeur.substring(0, longueur);
    }
}
