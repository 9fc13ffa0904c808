package fr.territoire.sante.installation.matching;

import fr.territoire.sante.installation.ranking.Classement;
import fr.territoire.sante.installation.ranking.ClassementLieux;
import fr.territoire.sante.installation.ranking.LieuClasse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the matching task's form shows: the catalogue ranked for the dossier, as the rows of its table,
 * the options of its checklist (eligible sites) and of its "belle dynamique" select (every other active
 * site, with why it was left out). Plain lists and maps, which the listener hands to Tasklist as JSON.
 */
@Component
public class PropositionsCroisement {

    /** The table shows the best sites only: the checklist still offers every eligible one. */
    static final int LIGNES_TABLEAU = 20;
    /** A select of a few hundred options stays usable with its search box; a larger catalogue is cut. */
    static final int AUTRES_LIEUX_MAX = 300;

    private final ClassementLieux classement;

    PropositionsCroisement(ClassementLieux classement) {
        this.classement = classement;
    }

    public Propositions pour(Long dossierId) {
        return de(classement.classer(dossierId));
    }

    /** The form's variables: names are those the form reads (dataSource, valuesKey). */
    public record Propositions(List<Map<String, Object>> lieuxClasses, List<Map<String, Object>> lieuxProposes,
            List<Map<String, Object>> autresLieux) {

        public boolean catalogueVide() {
            return lieuxProposes.isEmpty() && autresLieux.isEmpty();
        }

        public Map<String, Object> variables() {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("lieuxClasses", lieuxClasses);
            variables.put("lieuxProposes", lieuxProposes);
            variables.put("autresLieux", autresLieux);
            return variables;
        }
    }

    static Propositions de(Classement classement) {
        List<Map<String, Object>> lignes = new ArrayList<>();
        List<Map<String, Object>> proposes = new ArrayList<>();
        int rang = 0;
        for (LieuClasse lieu : classement.eligibles()) {
            rang++;
            if (rang <= LIGNES_TABLEAU) {
                Map<String, Object> ligne = new LinkedHashMap<>();
                ligne.put("rang", rang);
                ligne.put("lieu", lieu.nom());
                ligne.put("commune", lieu.commune());
                ligne.put("score", pourcent(lieu.score()));
                ligne.put("criteresRemplis", liste(lieu.criteresRemplis()));
                ligne.put("criteresNonRemplis", liste(lieu.criteresNonRemplis()));
                lignes.add(ligne);
            }
            proposes.add(option(lieu, nomCommune(lieu) + " (" + pourcent(lieu.score()) + ")"));
        }
        List<Map<String, Object>> autres = new ArrayList<>();
        for (LieuClasse lieu : classement.exclus()) {
            if (autres.size() == AUTRES_LIEUX_MAX) {
                break;
            }
            String pourquoi = lieu.exclusions().isEmpty() ? "" : " – écarté : " + String.join(", ", lieu.exclusions());
            autres.add(option(lieu, nomCommune(lieu) + pourquoi));
        }
        return new Propositions(List.copyOf(lignes), List.copyOf(proposes), List.copyOf(autres));
    }

    private static Map<String, Object> option(LieuClasse lieu, String label) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("label", label);
        option.put("value", String.valueOf(lieu.lieuId()));
        return option;
    }

    static String nomCommune(LieuClasse lieu) {
        return lieu.commune() == null ? lieu.nom() : lieu.nom() + " – " + lieu.commune();
    }

    static String pourcent(int score) {
        return score + " %";
    }

    private static String liste(List<String> criteres) {
        return criteres.isEmpty() ? "—" : String.join(" ; ", criteres);
    }
}
