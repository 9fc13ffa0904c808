package fr.territoire.sante.installation.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A failure and its causes, outermost first, each once (a cause cycle ends the walk). */
public final class Causes {

    private Causes() {
    }

    public static List<Throwable> de(Throwable erreur) {
        List<Throwable> chaine = new ArrayList<>();
        Set<Throwable> vues = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = erreur; t != null && vues.add(t) && chaine.size() < 50; t = t.getCause()) {
            chaine.add(t);
        }
        return chaine;
    }

    /** The outermost failure of this type in the chain. */
    public static <T extends Throwable> Optional<T> trouver(Throwable erreur, Class<T> type) {
        return de(erreur).stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
