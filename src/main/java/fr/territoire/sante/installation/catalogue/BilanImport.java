package fr.territoire.sante.installation.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The running tally of one import, the same for every catalogue: which key appeared on which line (a
 * key twice in a file is refused the second time), the rows refused with their reasons, and what each
 * accepted row did to the catalogue.
 */
final class BilanImport {

    /** What an accepted row did. */
    enum Effet { CREE, MODIFIE, INCHANGE }

    private final Map<String, Integer> premieresLignes = new HashMap<>();
    private final List<RapportImport.LigneRefusee> refusees = new ArrayList<>();
    private final int[] effets = new int[Effet.values().length];

    /** The line where this key first appeared in the file, or null if this is its first line. */
    Integer dejaLigne(String cle, int numero) {
        return premieresLignes.putIfAbsent(cle, numero);
    }

    void refuser(int numero, String libelle, List<String> raisons) {
        refusees.add(new RapportImport.LigneRefusee(numero, libelle, raisons));
    }

    void compter(Effet effet) {
        effets[effet.ordinal()]++;
    }

    RapportImport rapport() {
        return new RapportImport(effets[Effet.CREE.ordinal()], effets[Effet.MODIFIE.ordinal()],
                effets[Effet.INCHANGE.ordinal()], refusees);
    }
}
