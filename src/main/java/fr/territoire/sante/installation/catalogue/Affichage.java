package fr.territoire.sante.installation.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words pages show for stored values: professions by the request form's labels (a value no longer
 * offered shows as stored), modes and types by their labels.
 */
public record Affichage(Map<String, String> professions) {

    public String professions(String stockees) {
        return tiret(SaisieLieu.valeurs(stockees).stream().map(v -> professions.getOrDefault(v, v))
                .collect(Collectors.joining(", ")));
    }

    public String modes(String stockes) {
        return tiret(SaisieLieu.valeurs(stockes).stream().map(Affichage::mode).collect(Collectors.joining(", ")));
    }

    /** "Nom (fonction) – e-mail – téléphone", with what is known, or a dash. */
    public String contact(LieuExercice lieu) {
        List<String> parties = new java.util.ArrayList<>();
        if (lieu.getContactNom() != null) {
            parties.add(lieu.getContactFonction() == null ? lieu.getContactNom()
                    : lieu.getContactNom() + " (" + lieu.getContactFonction() + ")");
        }
        if (lieu.getContactEmail() != null) {
            parties.add(lieu.getContactEmail());
        }
        if (lieu.getContactTelephone() != null) {
            parties.add(lieu.getContactTelephone());
        }
        return parties.isEmpty() ? "—" : String.join(" – ", parties);
    }

    public List<TypeLieu> types() {
        return Arrays.asList(TypeLieu.values());
    }

    public List<ModeExercice> tousLesModes() {
        return Arrays.asList(ModeExercice.values());
    }

    private static String tiret(String texte) {
        return texte.isEmpty() ? "—" : texte;
    }

    private static String mode(String nom) {
        for (ModeExercice mode : ModeExercice.values()) {
            if (mode.name().equals(nom)) {
                return mode.libelle();
            }
        }
        return nom;
    }
}
