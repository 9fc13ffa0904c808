package fr.territoire.sante.installation.erasure;

import java.util.Arrays;
import java.util.List;

/**
 * Why a professional's data is erased: the grounds of GDPR article 17(1) a request can invoke, and the
 * end of the retention period (article 5(1)(e)), which only the retention job uses.
 */
public enum MotifEffacement {

    RETRAIT_CONSENTEMENT("Retrait du consentement", "RGPD art. 17.1.b"),
    OPPOSITION("Opposition au traitement", "RGPD art. 17.1.c et 21"),
    DONNEES_PLUS_NECESSAIRES("Données plus nécessaires à la finalité", "RGPD art. 17.1.a"),
    TRAITEMENT_ILLICITE("Traitement illicite", "RGPD art. 17.1.d"),
    DUREE_CONSERVATION_ECHUE("Durée de conservation échue", "RGPD art. 5.1.e");

    private final String libelle;
    private final String fondement;

    MotifEffacement(String libelle, String fondement) {
        this.libelle = libelle;
        this.fondement = fondement;
    }

    public String libelle() {
        return libelle;
    }

    public String fondement() {
        return fondement;
    }

    /** The reasons a referent may choose on the erasure page (the retention job's is not one of them). */
    public static List<MotifEffacement> surDemande() {
        return Arrays.stream(values()).filter(m -> m != DUREE_CONSERVATION_ECHUE).toList();
    }
}
