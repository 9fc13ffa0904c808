package fr.territoire.sante.installation.errors;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Asks every {@link TraductionErreur} bean, in their order, what a user should be told about a failure;
 * the first that knows it answers. A translation that fails itself is skipped (and logged by its class
 * only), so that a faulty translation never turns a refusal into a 500.
 */
@Component
public class Traductions {

    private static final Logger LOG = LoggerFactory.getLogger(Traductions.class);

    private final ObjectProvider<TraductionErreur> traductions;

    Traductions(ObjectProvider<TraductionErreur> traductions) {
        this.traductions = traductions;
    }

    public Optional<ErreurTraduite> traduire(Throwable erreur) {
        if (erreur == null) {
            return Optional.empty();
        }
        List<TraductionErreur> ordonnees = traductions.orderedStream().toList();
        for (TraductionErreur traduction : ordonnees) {
            try {
                Optional<ErreurTraduite> reponse = traduction.traduire(erreur);
                if (reponse != null && reponse.isPresent()) {
                    return reponse;
                }
            } catch (RuntimeException enPanne) {
                LOG.warn("Error translation {} failed with {}", traduction.getClass().getName(), enPanne.getClass().getName());
            }
        }
        return Optional.empty();
    }
}
