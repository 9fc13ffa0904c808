package fr.territoire.sante.installation.errors;

import java.io.IOException;

/**
 * A request body refused while it is read (too large, a NUL character, JSON that is not JSON): an
 * IOException, so that whoever reads the body (Jackson, Jersey, Tomcat) fails as on a broken stream, and
 * {@link TraductionCamunda} finds it among the causes and answers with its status and French message.
 */
public class RequeteRefusee extends IOException {

    private final transient ErreurTraduite reponse;

    public RequeteRefusee(int statut, String message) {
        super(message);
        this.reponse = new ErreurTraduite(statut, message);
    }

    public ErreurTraduite reponse() {
        return reponse;
    }
}
