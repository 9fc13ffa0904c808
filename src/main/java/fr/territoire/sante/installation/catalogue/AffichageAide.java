package fr.territoire.sante.installation.catalogue;

import fr.territoire.sante.installation.process.Calendrier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words the aid pages show for stored values: professions by the request form's labels (none:
 * every profession), dates JJ/MM/AAAA, and whether an aid's validity has ended.
 */
public record AffichageAide(Map<String, String> professions, LocalDate aujourdhui) {

    static AffichageAide maintenant(Map<String, String> professions) {
        return new AffichageAide(professions, Calendrier.aujourdhui());
    }

    public String professions(String stockees) {
        List<String> valeurs = SaisieLieu.valeurs(stockees);
        return valeurs.isEmpty() ? "Toutes les professions"
                : valeurs.stream().map(v -> professions.getOrDefault(v, v)).collect(Collectors.joining(", "));
    }

    /** "du 01/01/2026 au 31/12/2026", "jusqu'au …", "à partir du …" or "Sans limite de durée". */
    public String validite(AideInstallation aide) {
        LocalDate du = aide.getValideDu();
        LocalDate au = aide.getValideJusquAu();
        if (du == null && au == null) {
            return "Sans limite de durée";
        }
        if (du == null) {
            return "Jusqu'au " + Calendrier.JOUR.format(au);
        }
        return au == null ? "À partir du " + Calendrier.JOUR.format(du)
                : "Du " + Calendrier.JOUR.format(du) + " au " + Calendrier.JOUR.format(au);
    }

    public boolean expiree(AideInstallation aide) {
        return aide.expireeLe(aujourdhui);
    }

    /** "Active", "Expirée", "Archivée" or "Archivée, expirée" for the list's status column. */
    public String statut(AideInstallation aide) {
        if (aide.isArchive()) {
            return expiree(aide) ? "Archivée, expirée" : "Archivée";
        }
        return expiree(aide) ? "Expirée" : "Active";
    }

    /** "Nom – e-mail – téléphone", with what is known, or a dash. */
    public String contact(AideInstallation aide) {
        List<String> parties = new ArrayList<>();
        for (String partie : new String[] {aide.getContactNom(), aide.getContactEmail(), aide.getContactTelephone()}) {
            if (partie != null) {
                parties.add(partie);
            }
        }
        return parties.isEmpty() ? "—" : String.join(" – ", parties);
    }

    public List<CategorieAide> categories() {
        return Arrays.asList(CategorieAide.values());
    }
}
