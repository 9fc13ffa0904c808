package fr.territoire.sante.installation.visits;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the "Visites planifiées" section of the dossier page shows: the visits, the sites a visit may be
 * planned for, and the plan form as typed (with its refusals, when it comes back). {@code enErreur}: the
 * visit whose move form was refused, shown open with the typed values.
 */
public record VueVisites(String reference, boolean modifiable, List<Ligne> visites, List<Lieu> lieux, SaisieVisite saisie,
        List<SaisieVisite.Erreur> erreurs, Long enErreur) {

    /** One visit as listed; {@code jour}, {@code debut}, {@code fin} pre-fill its move form. */
    public record Ligne(Long id, String lieu, String date, String horaire, String presentsCls, String presentsCpts,
            String presentsLieu, String elusInvites, boolean prevue, String statut, String invitation,
            List<String> adressesManquantes, String jour, String debut, String fin) {
    }

    /** A proposed site of the current round. */
    public record Lieu(Long id, String libelle) {
    }

    /** The plan form's fields to mark invalid (none when the refusal was a move's). */
    public Set<String> invalides() {
        return enErreur != null ? Set.of() : erreurs.stream().map(SaisieVisite.Erreur::champ).collect(Collectors.toSet());
    }
}
