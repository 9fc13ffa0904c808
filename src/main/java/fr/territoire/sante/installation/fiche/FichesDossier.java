package fr.territoire.sante.installation.fiche;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.dossier.EvenementRepository;
import fr.territoire.sante.installation.dossier.Professionnel;
import fr.territoire.sante.installation.dossier.Statut;
import fr.territoire.sante.installation.fiche.FicheDossier.Champ;
import fr.territoire.sante.installation.fiche.FicheDossier.Pas;
import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.interview.DeplacementEntretienRepository;
import fr.territoire.sante.installation.interview.Entretien;
import fr.territoire.sante.installation.interview.EntretienRepository;
import fr.territoire.sante.installation.matching.Croisement;
import fr.territoire.sante.installation.matching.CroisementRepository;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.signin.Lecteur;
import fr.territoire.sante.installation.visits.Debrief;
import fr.territoire.sante.installation.visits.DebriefRepository;
import fr.territoire.sante.installation.visits.CourrielsElus;
import fr.territoire.sante.installation.visits.InformationElusRepository;
import fr.territoire.sante.installation.visits.VisiteRepository;
import fr.territoire.sante.installation.followup.Suivi;
import fr.territoire.sante.installation.followup.SuiviRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the fiche of one dossier for one reader: the reporting store's rows stage by stage, the
 * engine's completed and open tasks, the deadlines. Each value goes through the reader's {@link Regard}
 * here, once, so the page and the JSON endpoint cannot disagree on what is shown.
 */
@Service
@Transactional(readOnly = true)
public class FichesDossier {

    private final DossierRepository dossiers;
    private final EntretienRepository entretiens;
    private final DeplacementEntretienRepository deplacements;
    private final CroisementRepository croisements;
    private final InformationElusRepository informations;
    private final CourrielsElus courrielsElus;
    private final VisiteRepository visites;
    private final DebriefRepository debriefs;
    private final SuiviRepository suivis;
    private final EvenementRepository evenements;
    private final MoteurLecture moteur;
    private final DeployedForms forms;

    FichesDossier(DossierRepository dossiers, EntretienRepository entretiens, DeplacementEntretienRepository deplacements,
            CroisementRepository croisements, InformationElusRepository informations, CourrielsElus courrielsElus,
            VisiteRepository visites, DebriefRepository debriefs, SuiviRepository suivis, EvenementRepository evenements,
            MoteurLecture moteur, DeployedForms forms) {
        this.dossiers = dossiers;
        this.entretiens = entretiens;
        this.deplacements = deplacements;
        this.croisements = croisements;
        this.informations = informations;
        this.courrielsElus = courrielsElus;
        this.visites = visites;
        this.debriefs = debriefs;
        this.suivis = suivis;
        this.evenements = evenements;
        this.moteur = moteur;
        this.forms = forms;
    }

    /** @throws DossierInconnu when no dossier bears the reference */
    public FicheDossier fiche(String reference, Lecteur lecteur) {
        String ref = reference == null ? "" : reference.trim().toUpperCase(Locale.ROOT);
        Dossier dossier = dossiers.findByReference(ref).orElseThrow(() -> new DossierInconnu(reference));
        Regard regard = new Regard(lecteur);
        Choix choix = new Choix(forms);
        Instant maintenant = Calendrier.maintenant();
        Long id = dossier.getId();
        Entretien entretien = entretiens.findByDossierId(id).orElse(null);
        List<Suivi> suivisDuDossier = suivis.findByDossierIdOrderByMoisAsc(id);
        Optional<Debrief> chaud = debriefs.findFirstByDossierIdAndTypeOrderByIdDesc(id, Debrief.Type.CHAUD);
        Optional<Debrief> froid = debriefs.findFirstByDossierIdAndTypeOrderByIdDesc(id, Debrief.Type.FROID);
        List<Croisement> tours = croisements.findByDossierIdOrderByNumeroAsc(id);
        String instance = dossier.getProcessInstanceId();
        List<FicheDossier.TacheOuverte> taches = instance == null ? List.of()
                : moteur.tachesOuvertes(instance, regard);
        Etapes etapes = new Etapes(regard, choix);
        // The last hot debrief's cold one, until it is recorded (a later round's hot debrief comes after it).
        Instant debriefFroidPrevu = chaud.filter(c -> froid.map(f -> f.getId() < c.getId()).orElse(true))
                .map(Debrief::getDebriefFroidPrevu).orElse(null);
        List<FicheDossier.Echeance> echeances = echeances(dossier, tours, debriefFroidPrevu, suivisDuDossier, taches, maintenant);
        return new FicheDossier(
                dossier.getReference(),
                dossier.getEtape().libelle(),
                statut(dossier.getStatut()),
                dossier.isActive(),
                enRetard(dossier, echeances),
                regard.identite(),
                dossier.getCreeLe(),
                dossier.getModifieLe(),
                demande(dossier.getProfessionnel(), regard, choix),
                etapes.entretien(entretien),
                etapes.projetProfessionnel(entretien),
                etapes.environnement(entretien),
                deplacements.findByDossierIdOrderByIdAsc(id).stream().map(etapes::deplacement).toList(),
                tours.stream().map(tour -> etapes.tour(tour, maintenant)).toList(),
                informations.findByDossierIdOrderByIdAsc(id).stream().map(etapes::information).toList(),
                etapes.courrielsElus(regard.identite() ? courrielsElus.envois(id) : List.of()),
                visites.findByDossierIdOrderByIdAsc(id).stream().map(etapes::visite).toList(),
                chaud.map(etapes::debriefAChaud).orElse(List.of()),
                froid.map(etapes::debriefAFroid).orElse(List.of()),
                suivisDuDossier.stream().map(etapes::suivi).toList(),
                etapes.issue(dossier),
                echeances,
                taches,
                chronologie(dossier, regard));
    }

    private static List<Champ> demande(Professionnel p, Regard regard, Choix choix) {
        String formulaire = "demande-accompagnement";
        List<Champ> champs = new ArrayList<>();
        champs.add(new Champ("Prénom", regard.texte(p.getPrenom())));
        champs.add(new Champ("Nom", regard.texte(p.getNom())));
        champs.add(new Champ("Adresse e-mail", regard.texte(p.getEmail())));
        champs.add(new Champ("Téléphone", regard.texte(p.getTelephone())));
        champs.add(new Champ("Profession", choix.libelle(formulaire, "profession", p.getProfession())));
        champs.add(new Champ("Spécialité", regard.texte(p.getSpecialite())));
        champs.add(new Champ("Origine de la demande", choix.libelle(formulaire, "origineDemande", p.getOrigineDemande())));
        champs.add(new Champ("Situation actuelle", regard.texte(p.getSituationActuelle())));
        champs.add(new Champ("Horizon d'installation envisagé", choix.libelle(formulaire, "horizon", p.getHorizon())));
        champs.add(new Champ("Commentaire", regard.texte(p.getCommentaire())));
        champs.add(new Champ("Consentement recueilli le", Etapes.date(p.getConsentementLe())));
        return champs;
    }

    private static String statut(Statut statut) {
        return switch (statut) {
            case EN_COURS -> "En cours";
            case ARRETE -> "Arrêté";
            case TERMINE -> "Terminé";
        };
    }

    /**
     * Late as the reporting table and the dashboard count it: flagged late (a matching past its ten days),
     * or an open dossier with a deadline passed (a task not done in time).
     */
    private static boolean enRetard(Dossier dossier, List<FicheDossier.Echeance> echeances) {
        return dossier.isEnRetard() || dossier.isActive() && echeances.stream().anyMatch(FicheDossier.Echeance::depassee);
    }

    /**
     * The matching deadline of each round still open, the cold debrief and the follow-up calls still to
     * come (while waiting for them a dossier has no open task, only a timer: the page says when the next
     * one is due), then each open task's due date.
     */
    private static List<FicheDossier.Echeance> echeances(Dossier dossier, List<Croisement> tours, Instant debriefFroidPrevu,
            List<Suivi> suivis, List<FicheDossier.TacheOuverte> taches, Instant maintenant) {
        List<FicheDossier.Echeance> echeances = new ArrayList<>();
        if (dossier.isActive()) {
            tours.stream().filter(tour -> tour.getRealiseLe() == null && tour.getEcheance() != null)
                    .forEach(tour -> echeances.add(new FicheDossier.Echeance("Croisement n° " + tour.getNumero(),
                            tour.getEcheance(), tour.getEcheance().isBefore(maintenant))));
            if (tours.isEmpty() && dossier.getEcheanceCroisement() != null) {
                echeances.add(new FicheDossier.Echeance("Croisement", dossier.getEcheanceCroisement(),
                        dossier.getEcheanceCroisement().isBefore(maintenant)));
            }
            // Once due, the cold debrief or a follow-up is an open task with its own due date, listed below. A
            // planned date passed with no task open means its timer has not fired (job executor stopped): late,
            // as the reporting table counts it.
            Predicate<Instant> aVenirOuEnAttente = date -> date != null && (date.isAfter(maintenant) || taches.isEmpty());
            if (aVenirOuEnAttente.test(debriefFroidPrevu)) {
                echeances.add(new FicheDossier.Echeance("Débrief à froid (prévu)", debriefFroidPrevu,
                        !debriefFroidPrevu.isAfter(maintenant)));
            }
            suivis.stream().filter(suivi -> suivi.getRealiseLe() == null && aVenirOuEnAttente.test(suivi.getPrevuLe()))
                    .forEach(suivi -> echeances.add(new FicheDossier.Echeance("Suivi téléphonique à " + suivi.getMois()
                            + " mois (prévu)", suivi.getPrevuLe(), !suivi.getPrevuLe().isAfter(maintenant))));
        }
        taches.stream().filter(tache -> tache.echeance() != null).forEach(tache ->
                echeances.add(new FicheDossier.Echeance(tache.nom(), tache.echeance(), tache.enRetard())));
        echeances.sort(Comparator.comparing(FicheDossier.Echeance::date));
        return echeances;
    }

    /** Our journal and the engine's completed tasks, merged in time order (journal first on a tie). */
    private List<Pas> chronologie(Dossier dossier, Regard regard) {
        List<Pas> pas = new ArrayList<>();
        evenements.findByDossierIdOrderByHorodatageAscIdAsc(dossier.getId()).forEach(evenement ->
                pas.add(new Pas(evenement.getHorodatage(), evenement.getAuteur(), "Journal", evenement.getDescription())));
        if (dossier.getProcessInstanceId() != null) {
            pas.addAll(moteur.tachesTerminees(dossier.getProcessInstanceId(), regard));
        }
        // A stable sort: each source is already in order, and equal times keep the journal first.
        pas.sort(Comparator.comparing(Pas::quand, Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(pas);
    }
}
