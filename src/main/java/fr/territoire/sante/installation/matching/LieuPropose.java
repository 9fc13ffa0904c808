package fr.territoire.sante.installation.matching;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A practice site retained by a matching round. Free text for now; {@code lieuExerciceId} is where the
 * practice-site catalogue will plug in.
 */
@Entity
@Table(name = "lieu_propose")
public class LieuPropose {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String libelle;
    private String commune;
    private Long lieuExerciceId;

    protected LieuPropose() {
    }

    LieuPropose(String libelle, String commune) {
        this.libelle = libelle;
        this.commune = commune;
    }

    /** "Maison de santé des Tilleuls – Bourg-Fictif": the site's name, then its commune after a dash. */
    static LieuPropose parse(String line) {
        String[] parts = line.split("\\s+[–—-]\\s+", 2);
        return new LieuPropose(parts[0].trim(), parts.length > 1 ? parts[1].trim() : null);
    }

    /** The label staff see on the visit task. */
    public String label() {
        return commune == null ? libelle : libelle + " – " + commune;
    }

    public Long getId() {
        return id;
    }

    public String getLibelle() {
        return libelle;
    }

    public String getCommune() {
        return commune;
    }

    public Long getLieuExerciceId() {
        return lieuExerciceId;
    }
}
