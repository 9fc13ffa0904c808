package fr.territoire.sante.installation.reports;

import fr.territoire.sante.installation.identity.Groups;

/**
 * Who a periodic report (stage F) is written for, and which group prepares and sends it: the CLS
 * speaks to the élus and the CLS steering committee, the CPTS to health poles and institutions.
 */
public enum Audience {
    ELUS_REFERENTS("Élus référents santé", Groups.CLS),
    COPIL_CLS("Comité de pilotage du CLS", Groups.CLS),
    CONFERENCE_MAIRES("Conférence des maires", Groups.CLS),
    POLES_SANTE("Pôles santé", Groups.CPTS),
    CDOM("Conseil départemental de l'Ordre des médecins", Groups.CPTS),
    CPAM_ARS("Dialogue de gestion CPAM / ARS", Groups.CPTS);

    private final String libelle;
    private final String groupe;

    Audience(String libelle, String groupe) {
        this.libelle = libelle;
        this.groupe = groupe;
    }

    public String libelle() {
        return libelle;
    }

    /** The Camunda group that prepares and sends this audience's report. */
    public String groupe() {
        return groupe;
    }

    /** For Thymeleaf and form-js, which read bean-style properties. */
    public String getLibelle() {
        return libelle;
    }
}
