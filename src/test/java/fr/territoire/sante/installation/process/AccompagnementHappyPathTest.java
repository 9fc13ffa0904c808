package fr.territoire.sante.installation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.dossier.Etape;
import fr.territoire.sante.installation.dossier.EvenementRepository;
import fr.territoire.sante.installation.dossier.Statut;
import fr.territoire.sante.installation.followup.Suivi;
import fr.territoire.sante.installation.followup.SuiviRepository;
import fr.territoire.sante.installation.interview.Entretien;
import fr.territoire.sante.installation.interview.EntretienRepository;
import fr.territoire.sante.installation.matching.Croisement;
import fr.territoire.sante.installation.matching.CroisementRepository;
import fr.territoire.sante.installation.visits.Debrief;
import fr.territoire.sante.installation.visits.DebriefRepository;
import fr.territoire.sante.installation.visits.InformationElusRepository;
import fr.territoire.sante.installation.visits.VisiteRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The straight line of the protocol, from the request (A) to the 12-month follow-up (E). */
@Order(1)
class AccompagnementHappyPathTest extends ProcessTest {

    @Autowired
    DossierRepository dossiers;
    @Autowired
    EntretienRepository entretiens;
    @Autowired
    CroisementRepository croisements;
    @Autowired
    VisiteRepository visites;
    @Autowired
    InformationElusRepository informations;
    @Autowired
    DebriefRepository debriefs;
    @Autowired
    SuiviRepository suivis;
    @Autowired
    EvenementRepository evenements;

    @Test
    void takesADossierFromTheRequestToTheTwelveMonthFollowUp() {
        // A. recueil
        dossier.start();
        assertThat(dossier.instance()).isStarted().isWaitingAt("UserTask_ProposerRendezVous");
        assertThat(dossier.reference()).matches("PS-\\d{4}-\\d{4}");
        Dossier stored = stored();
        assertThat(stored.getProfessionnel().getNom()).isEqualTo("Fictive");
        assertThat(stored.getProfessionnel().getEmail()).isEqualTo("jeanne.fictive@exemple.invalid");
        assertThat(stored.getEtape()).isEqualTo(Etape.RECUEIL);
        assertThat(stored.getStatut()).isEqualTo(Statut.EN_COURS);
        assertThat(engine.getRuntimeService().getVariables(dossier.instance().getId()))
                .as("personal data stays out of the engine")
                .doesNotContainKeys("nom", "email", "telephone", "situationActuelle")
                .containsKeys(ProcessVariables.DOSSIER_ID, ProcessVariables.DOSSIER_REFERENCE);
        Task rendezVous = dossier.tasks("UserTask_ProposerRendezVous").get(0);
        assertThat(rendezVous).hasCandidateGroup("cls").hasCandidateGroup("cpts");

        // B. entretien
        dossier.proposerRendezVous();
        assertThat(dossier.instance()).isWaitingAt("UserTask_MenerEntretien");
        Task entretien = dossier.tasks("UserTask_MenerEntretien").get(0);
        assertThat(entretien.getDueDate()).as("due at the appointment").isEqualTo(Date.from(entretienOf().getDateRendezVous()));
        assertThat(stored().getEtape()).isEqualTo(Etape.ENTRETIEN);

        dossier.menerEntretien(true);
        assertThat(dossier.instance()).isWaitingAt("UserTask_RenseignerProjetProfessionnel", "UserTask_RenseignerEnvironnement");
        assertThat(dossier.tasks("UserTask_RenseignerProjetProfessionnel").get(0)).hasCandidateGroup("cpts");
        assertThat(dossier.tasks("UserTask_RenseignerEnvironnement").get(0)).hasCandidateGroup("cls");
        dossier.renseignerProjetProfessionnel().renseignerEnvironnement();
        Entretien recorded = entretienOf();
        assertThat(recorded.getMotivations()).isEqualTo("Travailler en équipe, qualité de vie");
        assertThat(recorded.getCalendrier()).isEqualTo("moyen");
        assertThat(recorded.getModeExercice()).isEqualTo("regroupe");
        assertThat(recorded.getStatutExercice()).isEqualTo("liberal");
        assertThat(recorded.getLogement()).isEqualTo("Maison à louer");
        assertThat(recorded.getEmploiConjoint()).isEqualTo("Conjoint enseignant");

        // C. croisement sous 10 jours
        assertThat(dossier.instance()).isWaitingAt("UserTask_CroiserBesoinsLieux");
        Croisement round = croisementsOf();
        assertThat(round.getNumero()).isEqualTo(1);
        assertThat(round.getEcheance()).isEqualTo(recorded.getRealiseLe().plus(java.time.Duration.ofDays(10)));
        assertThat(stored().getEtape()).isEqualTo(Etape.CROISEMENT);
        assertThat(stored().getEcheanceCroisement()).isEqualTo(round.getEcheance());
        assertThat(dossier.tasks("UserTask_CroiserBesoinsLieux").get(0).getDueDate()).isEqualTo(Date.from(round.getEcheance()));

        dossier.croiser("Maison de santé des Tilleuls – Bourg-Fictif", "Cabinet du Lac – Val-Imaginaire")
                .organiserVisites();
        round = croisementsOf();
        assertThat(round.getLieux()).extracting("libelle").containsExactly("Maison de santé des Tilleuls", "Cabinet du Lac");
        assertThat(round.getLieux()).extracting("commune").containsExactly("Bourg-Fictif", "Val-Imaginaire");
        assertThat(round.getDateVisites()).isEqualTo(Calendrier.aujourdhui().plusDays(5));

        // D. visites: one report per site, the CLS informs the elected officials
        assertThat(dossier.instance()).isWaitingAt("UserTask_InformerElus", "UserTask_RendreCompteVisite");
        assertThat(dossier.tasks("UserTask_RendreCompteVisite")).extracting(Task::getName).containsExactlyInAnyOrder(
                "Rendre compte de la visite – Maison de santé des Tilleuls – Bourg-Fictif (" + jourDesVisites() + ")",
                "Rendre compte de la visite – Cabinet du Lac – Val-Imaginaire (" + jourDesVisites() + ")");
        assertThat(stored().getEtape()).isEqualTo(Etape.VISITES);
        dossier.informerElus().rendreCompteDesVisites();
        assertThat(visites.findByDossierIdOrderByIdAsc(stored().getId()))
                .extracting("lieu").containsExactlyInAnyOrder("Maison de santé des Tilleuls – Bourg-Fictif", "Cabinet du Lac – Val-Imaginaire");
        assertThat(informations.findByDossierIdOrderByIdAsc(stored().getId())).hasSize(1);

        dossier.menerDebriefAChaud().mettreAJourReporting();
        assertThat(stored().getEtape()).isEqualTo(Etape.DEBRIEF);
        Debrief chaud = debriefs.findByDossierIdOrderByIdAsc(stored().getId()).get(0);
        assertThat(chaud.getType()).isEqualTo(Debrief.Type.CHAUD);
        assertThat(chaud.getSyntheseVisites()).isEqualTo("Deux lieux visités, intérêt marqué pour le premier");
        assertThat(dossier.instance()).isWaitingAt("TimerEvent_DateDebriefAFroid");
        assertThat(dossier.timer("TimerEvent_DateDebriefAFroid").getDuedate()).isEqualTo(Date.from(chaud.getDebriefFroidPrevu()));

        dossier.fireTimer("TimerEvent_DateDebriefAFroid");
        assertThat(dossier.tasks("UserTask_MenerDebriefAFroid").get(0)).hasCandidateGroup("cls");
        dossier.menerDebriefAFroid("installation");
        assertThat(stored().getLieuInstallation()).isEqualTo("Maison de santé des Tilleuls");
        assertThat(stored().getCommuneInstallation()).isEqualTo("Bourg-Fictif");

        // E. suivi à 3, 6 et 12 mois, counted from the day the cold debrief was recorded, at 9:00
        LocalDate debriefDay = Calendrier.aujourdhui();
        assertThat(dossier.instance()).isWaitingAt("TimerEvent_Suivi3Mois");
        assertThat(stored().getEtape()).isEqualTo(Etape.DEBRIEF);
        assertThat(suivis.findByDossierIdOrderByMoisAsc(stored().getId())).extracting(Suivi::getMois).containsExactly(3, 6, 12);
        for (int mois : new int[] {3, 6, 12}) {
            String timer = "TimerEvent_Suivi" + mois + "Mois";
            Job job = dossier.timer(timer);
            assertThat(job.getDuedate()).as(timer)
                    .isEqualTo(Date.from(Calendrier.le(debriefDay.plusMonths(mois), LocalTime.of(9, 0))));
            dossier.fireTimer(timer);
            assertThat(stored().getEtape()).isEqualTo(Etape.SUIVI);
            dossier.realiserSuivi(mois);
        }

        assertThat(dossier.instance()).isEnded().hasPassed("EndEvent_AccompagnementTermine");
        Dossier closed = stored();
        assertThat(closed.getStatut()).isEqualTo(Statut.TERMINE);
        assertThat(closed.getEtape()).isEqualTo(Etape.CLOS);
        assertThat(suivis.findByDossierIdOrderByMoisAsc(closed.getId()))
                .allSatisfy(suivi -> assertThat(suivi.getRealiseLe()).isNotNull())
                .extracting(Suivi::getSituation).containsOnly("installe");
        assertThat(evenements.findByDossierIdOrderByHorodatageAscIdAsc(closed.getId()))
                .extracting("type")
                .startsWith("DEMANDE_RECUE", "RENDEZ_VOUS_PROPOSE", "ENTRETIEN_MENE")
                .contains("CROISEMENT_OUVERT", "VISITES_ORGANISEES", "DEBRIEF_A_FROID", "SUIVI_12_MOIS")
                .endsWith("CLOTURE");
        assertThat(evenements.findByDossierIdOrderByHorodatageAscIdAsc(closed.getId()))
                .filteredOn("type", "VISITES_ORGANISEES").singleElement()
                .extracting("description").asString().matches("Visites organisées, la dernière le \\d{2}/\\d{2}/\\d{4}");
    }

    @Test
    void givesEachRequestOfTheYearItsOwnReference() {
        String first = dossier.start().reference();
        String second = new DossierDriver(engine).start().reference();
        assertThat(first).isNotEqualTo(second);
        int year = LocalDate.ofInstant(Instant.now(), Calendrier.FUSEAU).getYear();
        assertThat(first).startsWith("PS-" + year + "-");
        assertThat(Integer.parseInt(second.substring(8))).isEqualTo(Integer.parseInt(first.substring(8)) + 1);
    }

    private Dossier stored() {
        return dossiers.findByReference(dossier.reference()).orElseThrow();
    }

    private Entretien entretienOf() {
        return entretiens.findByDossierId(stored().getId()).orElseThrow();
    }

    private Croisement croisementsOf() {
        List<Croisement> rounds = croisements.findByDossierIdOrderByNumeroAsc(stored().getId());
        assertThat(rounds).isNotEmpty();
        return rounds.get(rounds.size() - 1);
    }

    private static String jourDesVisites() {
        return Calendrier.aujourdhui().plusDays(VisitesDeTest.DANS_JOURS).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
