package fr.territoire.sante.installation.operations;

import fr.territoire.sante.installation.errors.ErreurTraduite;
import fr.territoire.sante.installation.errors.TraductionErreur;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database is out of reach (restarting, network cut, pool exhausted): the user is told to retry in
 * a moment, with 503, whatever layer the failure went through (Spring's transaction manager, Hibernate,
 * the engine's MyBatis, HikariCP, the PostgreSQL driver). Asked first: a generic engine or persistence
 * failure wrapping a lost connection must not be taken for the user's mistake.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BaseIndisponible implements TraductionErreur {

    public static final String MESSAGE = "Service momentanément indisponible : la base de données ne répond pas. "
            + "Réessayez dans un instant ; rien de ce qui a été enregistré avant n'est perdu.";
    static final ErreurTraduite REPONSE = new ErreurTraduite(503, MESSAGE);

    /** PostgreSQL's "the server is going away or not there yet" codes, besides class 08 (connection). */
    private static final Set<String> ARRET_SERVEUR = Set.of("57P01", "57P02", "57P03");

    /**
     * HikariCP's message when a request uses a connection the pool has already found broken and evicted
     * (it sets no SQLState): seen when a rollback is attempted on it while PostgreSQL restarts, and Spring
     * then throws the rollback failure instead of the step's own exception.
     */
    private static final String CONNEXION_FERMEE_PAR_LE_POOL = "Connection is closed";

    private static final int PROFONDEUR_MAX = 32;

    BaseIndisponible() {
    }

    @Override
    public Optional<ErreurTraduite> traduire(Throwable erreur) {
        return baseInjoignable(erreur) ? Optional.of(REPONSE) : Optional.empty();
    }

    /** Whether this failure, or any of its causes or chained SQL exceptions, says the database is out of reach. */
    public static boolean baseInjoignable(Throwable erreur) {
        Set<Throwable> vues = Collections.newSetFromMap(new IdentityHashMap<>());
        return cherche(erreur, vues, 0);
    }

    private static boolean cherche(Throwable erreur, Set<Throwable> vues, int profondeur) {
        if (erreur == null || profondeur > PROFONDEUR_MAX || !vues.add(erreur)) {
            return false;
        }
        if (signifieBaseInjoignable(erreur)) {
            return true;
        }
        if (erreur instanceof SQLException sql && sql.getNextException() != sql
                && cherche(sql.getNextException(), vues, profondeur + 1)) {
            return true;
        }
        for (Throwable supprimee : erreur.getSuppressed()) {
            if (cherche(supprimee, vues, profondeur + 1)) {
                return true;
            }
        }
        return cherche(erreur.getCause(), vues, profondeur + 1);
    }

    private static boolean signifieBaseInjoignable(Throwable erreur) {
        if (erreur instanceof CannotCreateTransactionException
                || erreur instanceof CannotGetJdbcConnectionException
                || erreur instanceof DataAccessResourceFailureException
                || erreur instanceof SQLTransientConnectionException // HikariCP: no connection within connection-timeout
                || erreur instanceof SQLNonTransientConnectionException
                || erreur instanceof ConnectException
                || erreur instanceof NoRouteToHostException) {
            return true;
        }
        if (erreur instanceof SQLException sql) {
            String etat = sql.getSQLState();
            if (etat == null) {
                return CONNEXION_FERMEE_PAR_LE_POOL.equals(sql.getMessage());
            }
            return etat.startsWith("08") || ARRET_SERVEUR.contains(etat);
        }
        return false;
    }
}
