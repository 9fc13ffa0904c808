package fr.territoire.sante.installation.visits;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * C/D. The e-mail the CLS sent to one commune's élus from the élus task: who, when (queued in the
 * outbox), to which addresses, which subject. The body stays in the outbox.
 */
@Entity
@Table(name = "courriel_elus")
public class InformationElusCourriel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long dossierId;
    private Long croisementId;
    private String cle;
    private String commune;
    /** One address per line. */
    private String destinataires;
    private String objet;
    private boolean nomInclus;
    private String envoyePar;
    private Instant programmeLe;

    protected InformationElusCourriel() {
    }

    InformationElusCourriel(Long dossierId, Long croisementId, String cle, String commune, List<String> destinataires,
            String objet, boolean nomInclus, String envoyePar, Instant programmeLe) {
        this.dossierId = dossierId;
        this.croisementId = croisementId;
        this.cle = cle;
        this.commune = commune;
        this.destinataires = String.join("\n", destinataires);
        this.objet = objet;
        this.nomInclus = nomInclus;
        this.envoyePar = envoyePar;
        this.programmeLe = programmeLe;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public Long getCroisementId() {
        return croisementId;
    }

    public String getCle() {
        return cle;
    }

    public String getCommune() {
        return commune;
    }

    public List<String> getDestinataires() {
        return Arrays.asList(destinataires.split("\n"));
    }

    public String getObjet() {
        return objet;
    }

    public boolean isNomInclus() {
        return nomInclus;
    }

    public String getEnvoyePar() {
        return envoyePar;
    }

    public Instant getProgrammeLe() {
        return programmeLe;
    }
}
