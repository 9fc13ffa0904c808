package fr.territoire.sante.installation.communication;

import fr.territoire.sante.installation.reports.Audience;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the recipients page submits (form fields as typed), checked with French messages. Valid, it
 * becomes {@link Valide}; otherwise the page shows the errors next to what was typed.
 */
public record SaisieDestinataire(String audience, String nom, String organisme, String email) {

    static final int NOM_MAX = 200;
    static final int EMAIL_MAX = 254;
    // One @, something on each side, a dot in the domain, no spaces: what an outbox address needs.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public record Erreur(String champ, String message) {
    }

    public record Valide(Audience audience, String nom, String organisme, String email) {
    }

    public record Resultat(Valide valide, List<Erreur> erreurs) {
        public boolean reussi() {
            return erreurs.isEmpty();
        }
    }

    public static SaisieDestinataire de(DestinataireRapport destinataire) {
        return new SaisieDestinataire(destinataire.getAudience().name(), destinataire.getNom(),
                destinataire.getOrganisme(), destinataire.getEmail());
    }

    public Resultat verifier() {
        List<Erreur> erreurs = new ArrayList<>();
        Audience choisie = Arrays.stream(Audience.values()).filter(a -> a.name().equals(audience)).findFirst().orElse(null);
        if (choisie == null) {
            erreurs.add(new Erreur("audience", "Choisissez l'audience qui reçoit le rapport."));
        }
        String nomNet = net(nom);
        if (nomNet == null) {
            erreurs.add(new Erreur("nom", "Indiquez le nom du destinataire."));
        } else if (nomNet.length() > NOM_MAX) {
            erreurs.add(new Erreur("nom", "Le nom ne peut pas dépasser " + NOM_MAX + " caractères."));
        }
        String organismeNet = net(organisme);
        if (organismeNet != null && organismeNet.length() > NOM_MAX) {
            erreurs.add(new Erreur("organisme", "L'organisme ne peut pas dépasser " + NOM_MAX + " caractères."));
        }
        String emailNet = net(email) == null ? null : net(email).toLowerCase(java.util.Locale.ROOT);
        if (emailNet == null) {
            erreurs.add(new Erreur("email", "Indiquez l'adresse e-mail du destinataire."));
        } else if (emailNet.length() > EMAIL_MAX || !EMAIL.matcher(emailNet).matches()) {
            erreurs.add(new Erreur("email", "L'adresse e-mail n'est pas valide (exemple : prenom.nom@exemple.fr)."));
        }
        return new Resultat(erreurs.isEmpty() ? new Valide(choisie, nomNet, organismeNet, emailNet) : null, List.copyOf(erreurs));
    }

    private static String net(String texte) {
        return texte == null || texte.isBlank() ? null : texte.strip();
    }
}
