package fr.territoire.sante.installation.visits;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** D, times 2 and 3. The hot debrief (the evening of the visits) and the cold debrief (at a distance). */
@Entity
@Table(name = "debrief")
public class Debrief {

    public enum Type { CHAUD, FROID }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long dossierId;
    private Long croisementId;
    @Enumerated(EnumType.STRING)
    private Type type;
    private String ressenti;
    private String attentes;
    private String besoins;
    private Instant debriefFroidPrevu;
    private String modalite;
    private String syntheseVisites;
    private String lieuxPreferes;
    private String decision;
    private String criteresRevises;
    private Instant saisieLe;

    protected Debrief() {
    }

    static Debrief chaud(Long dossierId, Long croisementId, String ressenti, String attentes, String besoins,
            Instant debriefFroidPrevu, String modalite, Instant saisieLe) {
        Debrief debrief = new Debrief();
        debrief.dossierId = dossierId;
        debrief.croisementId = croisementId;
        debrief.type = Type.CHAUD;
        debrief.ressenti = ressenti;
        debrief.attentes = attentes;
        debrief.besoins = besoins;
        debrief.debriefFroidPrevu = debriefFroidPrevu;
        debrief.modalite = modalite;
        debrief.saisieLe = saisieLe;
        return debrief;
    }

    static Debrief froid(Long dossierId, Long croisementId, String ressenti, String decision, String criteresRevises,
            Instant saisieLe) {
        Debrief debrief = new Debrief();
        debrief.dossierId = dossierId;
        debrief.croisementId = croisementId;
        debrief.type = Type.FROID;
        debrief.ressenti = ressenti;
        debrief.decision = decision;
        debrief.criteresRevises = criteresRevises;
        debrief.saisieLe = saisieLe;
        return debrief;
    }

    void completeReporting(String syntheseVisites, String lieuxPreferes) {
        this.syntheseVisites = syntheseVisites;
        this.lieuxPreferes = lieuxPreferes;
    }

    public Long getId() {
        return id;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public Type getType() {
        return type;
    }

    public String getRessenti() {
        return ressenti;
    }

    public String getAttentes() {
        return attentes;
    }

    public String getBesoins() {
        return besoins;
    }

    public Instant getDebriefFroidPrevu() {
        return debriefFroidPrevu;
    }

    public String getModalite() {
        return modalite;
    }

    public String getSyntheseVisites() {
        return syntheseVisites;
    }

    public String getLieuxPreferes() {
        return lieuxPreferes;
    }

    public String getDecision() {
        return decision;
    }

    public String getCriteresRevises() {
        return criteresRevises;
    }
}
