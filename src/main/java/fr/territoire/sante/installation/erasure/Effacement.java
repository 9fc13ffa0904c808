package fr.territoire.sante.installation.erasure;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The record that one professional's data was erased: when, by whom, on which ground; never what it was. */
@Entity
@Table(name = "effacement")
public class Effacement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant effaceLe;
    private String effacePar;
    @Enumerated(EnumType.STRING)
    private MotifEffacement motif;
    private LocalDate demandeLe;
    private boolean dossierClos;
    private int instancesMoteur;
    private int lignesModifiees;

    protected Effacement() {
    }

    Effacement(Instant effaceLe, String effacePar, MotifEffacement motif, LocalDate demandeLe, boolean dossierClos,
            int instancesMoteur, int lignesModifiees) {
        this.effaceLe = effaceLe;
        this.effacePar = effacePar;
        this.motif = motif;
        this.demandeLe = demandeLe;
        this.dossierClos = dossierClos;
        this.instancesMoteur = instancesMoteur;
        this.lignesModifiees = lignesModifiees;
    }

    public Long getId() {
        return id;
    }

    public Instant getEffaceLe() {
        return effaceLe;
    }

    public String getEffacePar() {
        return effacePar;
    }

    public MotifEffacement getMotif() {
        return motif;
    }

    public LocalDate getDemandeLe() {
        return demandeLe;
    }

    /** Whether the dossier was already closed (false: its accompaniment was ended by the erasure). */
    public boolean isDossierClos() {
        return dossierClos;
    }

    /** Process instances (the dossier's, its withdrawals and appointment moves) removed from the engine. */
    public int getInstancesMoteur() {
        return instancesMoteur;
    }

    /** Rows of the reporting store anonymised or deleted. */
    public int getLignesModifiees() {
        return lignesModifiees;
    }
}
