package fr.territoire.sante.installation.interview;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** B. The interview: its appointment, what was heard, and the CPTS and CLS parts recorded after it. */
@Entity
@Table(name = "entretien")
public class Entretien {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long dossierId;
    private Instant dateRendezVous;
    private String lieu;
    private String interlocuteurCls;
    private String interlocuteurCpts;
    private Instant realiseLe;
    private String motivations;
    private String calendrier;
    private String disponibilitesVisites;
    private String modeExercice;
    private String equipePluriprofessionnelle;
    private String statutExercice;
    private String dynamiquesRecherchees;
    private String commentaireCpts;
    private String besoinLocaux;
    private String communesSouhaitees;
    private String locauxExercice;
    private String situationFamiliale;
    private String logement;
    private String emploiConjoint;
    private String scolariteGarde;
    private String loisirs;
    /** The checklist's values separated by ";": categories only, shared with the CPTS for the matching. */
    private String besoinsFamille;

    protected Entretien() {
    }

    Entretien(Long dossierId, Instant date, String lieu, String interlocuteurCls, String interlocuteurCpts) {
        this.dossierId = dossierId;
        schedule(date, lieu, interlocuteurCls, interlocuteurCpts);
    }

    void schedule(Instant date, String lieu, String interlocuteurCls, String interlocuteurCpts) {
        this.dateRendezVous = date;
        this.lieu = lieu;
        this.interlocuteurCls = interlocuteurCls;
        this.interlocuteurCpts = interlocuteurCpts;
    }

    void moveTo(Instant date) {
        this.dateRendezVous = date;
    }

    void recordInterview(Instant when, String motivations, String calendrier, String disponibilitesVisites) {
        this.realiseLe = when;
        this.motivations = motivations;
        this.calendrier = calendrier;
        this.disponibilitesVisites = disponibilitesVisites;
    }

    void recordProfessionalProject(String modeExercice, String equipePluriprofessionnelle, String statutExercice,
            String besoinLocaux, String communesSouhaitees, String dynamiquesRecherchees, String commentaireCpts) {
        this.modeExercice = modeExercice;
        this.besoinLocaux = besoinLocaux;
        this.communesSouhaitees = communesSouhaitees;
        this.equipePluriprofessionnelle = equipePluriprofessionnelle;
        this.statutExercice = statutExercice;
        this.dynamiquesRecherchees = dynamiquesRecherchees;
        this.commentaireCpts = commentaireCpts;
    }

    void recordEnvironment(String locauxExercice, List<String> besoinsFamille, String situationFamiliale, String logement,
            String emploiConjoint, String scolariteGarde, String loisirs) {
        this.locauxExercice = locauxExercice;
        this.besoinsFamille = besoinsFamille.isEmpty() ? null : String.join(";", besoinsFamille);
        this.situationFamiliale = situationFamiliale;
        this.logement = logement;
        this.emploiConjoint = emploiConjoint;
        this.scolariteGarde = scolariteGarde;
        this.loisirs = loisirs;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public Instant getDateRendezVous() {
        return dateRendezVous;
    }

    public String getLieu() {
        return lieu;
    }

    public String getInterlocuteurCls() {
        return interlocuteurCls;
    }

    public String getInterlocuteurCpts() {
        return interlocuteurCpts;
    }

    public Instant getRealiseLe() {
        return realiseLe;
    }

    public String getMotivations() {
        return motivations;
    }

    public String getCalendrier() {
        return calendrier;
    }

    public String getDisponibilitesVisites() {
        return disponibilitesVisites;
    }

    public String getModeExercice() {
        return modeExercice;
    }

    public String getEquipePluriprofessionnelle() {
        return equipePluriprofessionnelle;
    }

    public String getStatutExercice() {
        return statutExercice;
    }

    public String getDynamiquesRecherchees() {
        return dynamiquesRecherchees;
    }

    public String getCommentaireCpts() {
        return commentaireCpts;
    }

    public String getBesoinLocaux() {
        return besoinLocaux;
    }

    public String getCommunesSouhaitees() {
        return communesSouhaitees;
    }

    /** The family needs' categories (checklist values), empty when none was ticked. */
    public List<String> getBesoinsFamille() {
        return besoinsFamille == null || besoinsFamille.isBlank() ? List.of() : List.of(besoinsFamille.split(";"));
    }

    public String getLocauxExercice() {
        return locauxExercice;
    }

    public String getSituationFamiliale() {
        return situationFamiliale;
    }

    public String getLogement() {
        return logement;
    }

    public String getEmploiConjoint() {
        return emploiConjoint;
    }

    public String getScolariteGarde() {
        return scolariteGarde;
    }

    public String getLoisirs() {
        return loisirs;
    }
}
