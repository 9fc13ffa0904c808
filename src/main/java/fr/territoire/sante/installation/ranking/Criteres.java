package fr.territoire.sante.installation.ranking;

import fr.territoire.sante.installation.interview.Entretien;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the professional looks for, as the request and the interview recorded it (form values: e.g.
 * modeExercice "isole" / "regroupe" / "indifferent"). Null where nothing was recorded yet.
 *
 * @param communes      the wished communes or intercommunalities, in {@link Territoires#cle} form
 * @param besoinsFamille the family needs' categories ticked by the CLS ("logement", "garde-enfants-ecoles", "emploi-conjoint")
 */
record Criteres(String profession, String modeExercice, String equipe, String statut, String besoinLocaux,
        Set<String> communes, Set<String> besoinsFamille) {

    static final String LOGEMENT = "logement";
    static final String GARDE_ENFANTS = "garde-enfants-ecoles";
    static final String EMPLOI_CONJOINT = "emploi-conjoint";

    Criteres {
        communes = Set.copyOf(communes);
        besoinsFamille = Set.copyOf(besoinsFamille);
    }

    /** @param entretien null before the interview: only the profession is known */
    static Criteres de(String profession, Entretien entretien) {
        if (entretien == null) {
            return new Criteres(profession, null, null, null, null, Set.of(), Set.of());
        }
        return new Criteres(profession, entretien.getModeExercice(), entretien.getEquipePluriprofessionnelle(),
                entretien.getStatutExercice(), entretien.getBesoinLocaux(), communes(entretien.getCommunesSouhaitees()),
                Set.copyOf(entretien.getBesoinsFamille()));
    }

    /** One commune or intercommunality per line; commas and semicolons separate too, as people type lists. */
    static Set<String> communes(String saisie) {
        if (saisie == null) {
            return Set.of();
        }
        return Arrays.stream(saisie.split("[\\n;,]")).map(Territoires::cle).filter(c -> !c.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    boolean cherche(String besoinFamille) {
        return besoinsFamille.contains(besoinFamille);
    }

    List<String> besoinsFamilleTries() {
        return besoinsFamille.stream().sorted().toList();
    }
}
