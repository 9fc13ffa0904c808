package fr.territoire.sante.installation.matching;

import fr.territoire.sante.installation.catalogue.LieuExercice;
import fr.territoire.sante.installation.catalogue.LieuExerciceRepository;
import fr.territoire.sante.installation.forms.FormValues;
import fr.territoire.sante.installation.ranking.Classement;
import fr.territoire.sante.installation.ranking.ClassementLieux;
import fr.territoire.sante.installation.ranking.LieuClasse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * C. Turns the sites the CPTS picked in the matching task (catalogue ids) into the round's proposed
 * sites, or says in French what is wrong: an id that is no active site of the catalogue, too many
 * sites, none while the form says some were retained, a "belle dynamique" without its reason.
 */
@Component
public class SelectionLieux {

    static final int MAX_SITES = 20;

    private final LieuExerciceRepository catalogue;
    private final ClassementLieux classement;

    SelectionLieux(LieuExerciceRepository catalogue, ClassementLieux classement) {
        this.catalogue = catalogue;
        this.classement = classement;
    }

    /** A refusal, on the form's field it concerns. */
    public record Refus(String champ, String message) {
    }

    /** The sites retained, or the refusals (then nothing is to be written). */
    public record Selection(List<LieuPropose> lieux, List<Refus> refus) {
    }

    /**
     * @param coches  the checklist's values (site ids as text)
     * @param belle   the "belle dynamique" site's id, or null
     * @param raison  why that site, or null
     */
    public Selection retenir(Long dossierId, List<String> coches, String belle, String raison) {
        List<Refus> refus = new ArrayList<>();
        Set<Long> ids = new LinkedHashSet<>();
        for (String coche : coches) {
            id(coche).ifPresentOrElse(ids::add,
                    () -> refus.add(new Refus(CroisementListener.LIEUX, "choix non reconnu (" + abrege(coche) + ")")));
        }
        Long belleId = null;
        if (belle != null) {
            belleId = id(belle).orElse(null);
            if (belleId == null) {
                refus.add(new Refus(CroisementListener.BELLE_DYNAMIQUE, "choix non reconnu (" + abrege(belle) + ")"));
            } else if (ids.contains(belleId)) {
                refus.add(new Refus(CroisementListener.BELLE_DYNAMIQUE, "ce lieu est déjà coché dans la liste"));
            } else if (raison == null) {
                refus.add(new Refus(CroisementListener.RAISON, "indiquez pourquoi ce lieu porte une belle dynamique"));
            }
        }
        int total = ids.size() + (belleId == null ? 0 : 1);
        if (total == 0) {
            refus.add(new Refus(CroisementListener.LIEUX, "cochez au moins un lieu, ou indiquez qu'aucun lieu ne correspond"));
        }
        if (total > MAX_SITES) {
            refus.add(new Refus(CroisementListener.LIEUX, MAX_SITES + " lieux au plus"));
        }
        Map<Long, LieuExercice> actifs = new HashMap<>();
        catalogue.findAllById(Stream.concat(ids.stream(), Stream.ofNullable(belleId)).toList()).stream()
                .filter(lieu -> !lieu.isArchive()).forEach(lieu -> actifs.put(lieu.getId(), lieu));
        for (Long id : ids) {
            if (!actifs.containsKey(id)) {
                refus.add(new Refus(CroisementListener.LIEUX, "le lieu n° " + id + " n'est pas un lieu actif du catalogue"));
            }
        }
        if (belleId != null && !actifs.containsKey(belleId)) {
            refus.add(new Refus(CroisementListener.BELLE_DYNAMIQUE, "le lieu n° " + belleId + " n'est pas un lieu actif du catalogue"));
        }
        if (!refus.isEmpty()) {
            return new Selection(List.of(), List.copyOf(refus));
        }
        // The scores as the ranking gives them now, i.e. at pick time: the catalogue may change later.
        Map<Long, Integer> scores = scores(classement.classer(dossierId));
        List<LieuPropose> lieux = new ArrayList<>();
        for (Long id : ids) {
            lieux.add(propose(actifs.get(id), scores.get(id), null));
        }
        if (belleId != null) {
            lieux.add(propose(actifs.get(belleId), scores.get(belleId), raison));
        }
        return new Selection(List.copyOf(lieux), List.of());
    }

    private static LieuPropose propose(LieuExercice lieu, Integer score, String raison) {
        return new LieuPropose(lieu.getId(), tronque(lieu.getNom()), tronque(lieu.getCommune()), score, raison);
    }

    private static Map<Long, Integer> scores(Classement classement) {
        Map<Long, Integer> scores = new HashMap<>();
        Stream.concat(classement.eligibles().stream(), classement.exclus().stream())
                .forEach(lieu -> scores.put(lieu.lieuId(), lieu.exclu() ? null : lieu.score()));
        return scores;
    }

    private static Optional<Long> id(String value) {
        try {
            long id = Long.parseLong(value.trim());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A value echoed in a message stays short. */
    private static String abrege(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }

    private static String tronque(String value) {
        return value == null || value.length() <= FormValues.LINE_STORED ? value : value.substring(0, FormValues.LINE_STORED);
    }
}
