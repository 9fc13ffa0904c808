package fr.territoire.sante.installation.subjectaccess;

import fr.territoire.sante.installation.consent.Consentements.VueConsentement;
import fr.territoire.sante.installation.fiche.FicheDossier;
import fr.territoire.sante.installation.process.Calendrier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The export laid out for reading (the PDF): titled sections of labelled values and tables, every value
 * already a French text (dates in Paris time, "—" for nothing), so the template only lays it out.
 */
public record DocumentAcces(String titre, String sousTitre, List<Section> sections) {

    public record Section(String titre, List<FicheDossier.Champ> champs, List<Tableau> tableaux, String note) {
    }

    public record Tableau(String legende, List<String> entetes, List<List<String>> lignes) {
    }

    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Calendrier.FUSEAU);

    public static DocumentAcces de(DonneesProfessionnel d) {
        FicheDossier f = d.fiche();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Dossier", List.of(
                champ("Référence", f.reference()), champ("Étape", f.etape()), champ("Statut", f.statut()),
                champ("En retard", f.enRetard() ? "Oui" : "Non"), champ("Demande enregistrée le", quand(f.creeLe())),
                champ("Dernière modification", quand(f.modifieLe()))), List.of(), null));
        VueConsentement c = d.consentement();
        sections.add(new Section("Information et consentement", c == null ? List.of()
                : List.of(champ("Notice d'information remise (version)", c.versionInformation()),
                        champ("Base légale", c.baseLegale()), champ("Consentement recueilli le", quand(c.recueilliLe())),
                        champ("Recueilli par", c.recueilliPar())), List.of(),
                c == null ? "Dossier ouvert avant l'enregistrement de la version de la notice : seule la date du "
                        + "consentement figure dans la demande." : "Le texte de cette version reste consultable dans l'application."));
        sections.add(champs("A – Demande", f.demande()));
        sections.add(champs("B – Entretien", f.entretien()));
        sections.add(champs("B – Projet professionnel (partie CPTS)", f.projetProfessionnel()));
        sections.add(champs("B – Environnement professionnel et familial (partie CLS)", f.environnementFamilial()));
        sections.add(tableau("B – Déplacements du rendez-vous", "Déplacements", List.of("Ancienne date", "Nouvelle date", "Raison", "Par", "Le"),
                f.deplacements().stream().map(m -> List.of(quand(m.ancienneDate()), quand(m.nouvelleDate()), t(m.motif()),
                        t(m.auteur()), quand(m.deplaceLe()))).toList()));
        sections.add(tableau("C – Croisements", "Tours de croisement", List.of("N°", "Ouvert le", "Échéance", "Réalisé le",
                "Critères retenus", "Lieux trouvés", "Commentaire", "Critères révisés"),
                f.croisements().stream().map(r -> List.of(String.valueOf(r.numero()), quand(r.ouvertLe()), quand(r.echeance()),
                        quand(r.realiseLe()), t(r.criteresRetenus()), t(r.lieuxTrouves()), t(r.commentaire()),
                        t(r.criteresRevises()))).toList()));
        sections.add(tableau("C – Lieux proposés et réponses", "Lieux proposés", List.of("Tour", "Lieu", "Commune", "Score",
                "Réponse", "Le", "Par", "Commentaire"),
                d.lieuxProposes().stream().map(l -> List.of(String.valueOf(l.tour()), t(l.lieu()), t(l.commune()),
                        l.score() == null ? "—" : l.score() + " %", t(l.reponse()), quand(l.reponseLe()), t(l.reponsePar()),
                        t(l.commentaire()))).toList()));
        sections.add(tableau("D – Visites planifiées", "Visites", List.of("Lieu", "Date", "Horaire", "Présents CLS",
                "Présents CPTS", "Présents du lieu", "Élus invités", "Statut"),
                d.visitesPlanifiees().stream().map(v -> List.of(t(v.lieu()), t(v.date()), t(v.horaire()), t(v.presentsCls()),
                        t(v.presentsCpts()), t(v.presentsLieu()), t(v.elusInvites()), t(v.statut()))).toList()));
        sections.add(tableau("D – Information des élus", "Courriels aux élus (le corps n'est pas conservé)",
                List.of("Commune", "Destinataires", "Objet", "Nom du professionnel", "Envoyé par", "Le", "État"),
                f.courrielsElus().stream().map(e -> List.of(t(e.commune()), String.join(", ", e.destinataires()), t(e.objet()),
                        e.nomInclus() ? "Inclus" : "Non inclus", t(e.envoyePar()), quand(e.programmeLe()), t(e.etat()))).toList()));
        sections.add(tableau("D – Élus informés par un autre moyen", "Informations", List.of("Communes", "Moyen", "Date", "Commentaire"),
                f.informationsElus().stream().map(i -> List.of(t(i.communes()), t(i.moyen()), jour(i.date()), t(i.commentaire()))).toList()));
        sections.add(tableau("D – Comptes rendus de visite", "Comptes rendus", List.of("Lieu", "Commune", "Réalisée", "Intérêt",
                "Équipe présente", "Points forts", "Conditions matérielles", "Saisi le"),
                f.visites().stream().map(v -> List.of(t(v.lieu()), t(v.commune()), t(v.realisee()), t(v.interet()),
                        t(v.equipePresente()), t(v.pointsForts()), t(v.conditionsMaterielles()), quand(v.saisieLe()))).toList()));
        sections.add(champs("D – Débrief à chaud", f.debriefAChaud()));
        sections.add(champs("D – Débrief à froid", f.debriefAFroid()));
        sections.add(tableau("E – Suivis", "Suivis téléphoniques", List.of("Mois", "Prévu le", "Réalisé le", "Joint",
                "Situation", "Lieu d'exercice", "Commune", "Difficultés", "Nouveaux besoins"),
                f.suivis().stream().map(s -> List.of(String.valueOf(s.mois()), quand(s.prevuLe()), quand(s.realiseLe()),
                        t(s.professionnelJoint()), t(s.situation()), t(s.lieuExercice()), t(s.commune()), t(s.difficultes()),
                        t(s.nouveauxBesoins()))).toList()));
        FicheDossier.Issue issue = f.issue();
        sections.add(new Section("Issue", List.of(champ("Issue", issue.nature()), champ("Lieu d'installation", issue.lieu()),
                champ("Commune d'installation", issue.commune()), champ("Date d'installation", jour(issue.dateInstallation())),
                champ("Motif de l'arrêt", issue.motifArret()), champ("Clos le", quand(issue.closLe()))), List.of(), null));
        sections.add(tableau("Tâches du dossier (moteur de processus)", "Chaque étape : qui, quand", List.of("Tâche", "Ouverte le",
                "Terminée le", "Par", "Issue"),
                d.historiqueTaches().stream().map(h -> List.of(t(h.tache()), quand(h.ouverteLe()), quand(h.termineeLe()),
                        t(h.par()), t(h.issue()))).toList()));
        sections.add(tableau("Chronologie", "Journal du dossier et tâches terminées", List.of("Quand", "Étape", "Par", "Source"),
                f.chronologie().stream().map(p -> List.of(quand(p.quand()), t(p.libelle()), t(p.auteur()), t(p.source()))).toList()));
        return new DocumentAcces("Vos données – dossier " + d.reference(),
                "Export au titre du droit d'accès (article 15 du RGPD), établi le " + quand(d.genereLe()) + " par " + d.generePar(),
                List.copyOf(sections));
    }

    private static Section champs(String titre, List<FicheDossier.Champ> champs) {
        return new Section(titre, champs.stream().map(c -> champ(c.libelle(), c.valeur())).toList(), List.of(),
                champs.isEmpty() ? "Rien d'enregistré." : null);
    }

    private static Section tableau(String titre, String legende, List<String> entetes, List<List<String>> lignes) {
        return new Section(titre, List.of(), lignes.isEmpty() ? List.of() : List.of(new Tableau(legende, entetes, lignes)),
                lignes.isEmpty() ? "Rien d'enregistré." : null);
    }

    private static FicheDossier.Champ champ(String libelle, String valeur) {
        return new FicheDossier.Champ(libelle, t(valeur));
    }

    private static String t(String valeur) {
        return valeur == null || valeur.isBlank() ? "—" : valeur;
    }

    static String quand(Instant instant) {
        return instant == null ? "—" : HEURE.format(instant);
    }

    private static String jour(LocalDate jour) {
        return jour == null ? "—" : Calendrier.JOUR.format(jour);
    }
}
