package fr.territoire.sante.installation.fiche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.catalogue.LieuExercice;
import fr.territoire.sante.installation.catalogue.LieuExerciceRepository;
import fr.territoire.sante.installation.catalogue.TypeLieu;
import fr.territoire.sante.installation.fiche.FicheDossier.Champ;
import fr.territoire.sante.installation.fiche.FicheDossier.Pas;
import fr.territoire.sante.installation.identity.Groups;
import fr.territoire.sante.installation.process.DossierDriver;
import fr.territoire.sante.installation.process.ProcessTest;
import fr.territoire.sante.installation.process.SitesDeTest;
import fr.territoire.sante.installation.process.VisitesDeTest;
import fr.territoire.sante.installation.signin.Lecteur;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The fiche of a dossier driven through interview, matching, visits and both debriefs, read by each group. */
class FichesDossierTest extends ProcessTest {

    private static final Lecteur CLS = new Lecteur(TestStaff.CLS, Set.of(Groups.CLS));
    private static final Lecteur CPTS = new Lecteur(TestStaff.CPTS, Set.of(Groups.CPTS));
    private static final Lecteur PILOTAGE = new Lecteur(TestStaff.PILOTAGE, Set.of(Groups.PILOTAGE));

    @Autowired
    FichesDossier fiches;
    @Autowired
    ObjectMapper json;
    @Autowired
    LieuExerciceRepository lieux;
    @Autowired
    WebApplicationContext application;
    /** Built on the process tests' own context: a second context would start a second engine "default". */
    MockMvc web;

    private Instant horloge;

    @BeforeEach
    void driveADossierToItsSecondMatchingRound() {
        web = MockMvcBuilders.webAppContextSetup(application).apply(springSecurity()).build();
        horloge = Instant.now();
        ClockUtil.setCurrentTime(Date.from(horloge));
        jusquAuDebriefAFroid(dossier, "autresLieux");
    }

    /** Interview, matching, visits, both debriefs: the cold debrief's decision says what comes next. */
    private void jusquAuDebriefAFroid(DossierDriver d, String decision) {
        jusquAuDebriefAChaud(d);
        d.fireTimer("TimerEvent_DateDebriefAFroid");
        as(d, TestStaff.CLS, Groups.CLS, "UserTask_MenerDebriefAFroid", () -> d.menerDebriefAFroid(decision));
    }

    private void jusquAuDebriefAChaud(DossierDriver d) {
        d.start();
        as(d, TestStaff.CLS, Groups.CLS, "UserTask_ProposerRendezVous", () -> d.proposerRendezVous());
        as(d, TestStaff.CLS, Groups.CLS, "UserTask_MenerEntretien", () -> d.menerEntretien(true));
        as(d, TestStaff.CPTS, Groups.CPTS, "UserTask_RenseignerProjetProfessionnel", () -> d.renseignerProjetProfessionnel());
        as(d, TestStaff.CLS, Groups.CLS, "UserTask_RenseignerEnvironnement", () -> d.renseignerEnvironnement());
        as(d, TestStaff.CPTS, Groups.CPTS, "UserTask_CroiserBesoinsLieux",
                () -> d.croiser("Maison de santé des Tilleuls – Bourg-Fictif", "Cabinet du Lac – Val-Imaginaire"));
        as(d, TestStaff.CPTS, Groups.CPTS, "UserTask_OrganiserVisites", () -> d.organiserVisites());
        as(d, TestStaff.CLS, Groups.CLS, "UserTask_InformerElus", () -> d.informerElus());
        as(d, TestStaff.CPTS, Groups.CPTS, "UserTask_RendreCompteVisite", () -> d.rendreCompteDesVisites());
        as(d, TestStaff.CPTS, Groups.CPTS, "UserTask_MenerDebriefAChaud", () -> d.menerDebriefAChaud());
        as(d, TestStaff.CLS, Groups.CLS, "UserTask_MettreAJourReporting", () -> d.mettreAJourReporting());
    }

    @Test
    void clsReadsNamesAndTheFamilySituation() {
        FicheDossier fiche = fiches.fiche(dossier.reference(), CLS);

        assertThat(fiche.identiteVisible()).isTrue();
        assertThat(fiche.demande()).contains(new Champ("Prénom", "Jeanne"), new Champ("Nom", "Fictive"),
                new Champ("Adresse e-mail", "jeanne.fictive@exemple.invalid"), new Champ("Téléphone", "06 12 34 56 78"));
        assertThat(valeur(fiche.demande(), "Profession")).as("the form's label, not the stored value").isEqualTo("Médecin généraliste");
        assertThat(valeurs(fiche.environnementFamilial())).contains("En couple, deux enfants", "Maison à louer", "Conjoint enseignant");
        assertThat(fiche.croisements()).hasSize(2);
        assertThat(fiche.croisements().get(0).lieuxProposes())
                .containsExactly("Maison de santé des Tilleuls – Bourg-Fictif", "Cabinet du Lac – Val-Imaginaire");
        assertThat(fiche.visites()).hasSize(2).allSatisfy(visite -> assertThat(visite.pointsForts()).isEqualTo("Projet de santé structuré"));
        assertThat(fiche.informationsElus()).hasSize(1);
        assertThat(valeurs(fiche.debriefAChaud())).contains("Très positif");
        assertThat(valeurs(fiche.debriefAFroid())).contains("Le professionnel a mûri sa décision");
    }

    @Test
    void cptsReadsNamesButNotTheFamilyPartOfTheInterview() throws Exception {
        FicheDossier fiche = fiches.fiche(dossier.reference(), CPTS);

        assertThat(fiche.demande()).contains(new Champ("Prénom", "Jeanne"), new Champ("Nom", "Fictive"));
        assertThat(valeurs(fiche.environnementFamilial())).contains("Cabinet accessible", FicheDossier.RESERVE_CLS);
        String all = json.writeValueAsString(fiche);
        assertThat(all).contains("Jeanne", "Maison de santé des Tilleuls")
                .doesNotContain("En couple, deux enfants", "Maison à louer", "Conjoint enseignant", "École primaire", "Randonnée");
    }

    @Test
    void pilotageReadsNoIdentifyingDataAnywhere() throws Exception {
        FicheDossier fiche = fiches.fiche(dossier.reference(), PILOTAGE);

        String all = json.writeValueAsString(fiche);
        assertThat(all).contains(dossier.reference(), "Médecin généraliste", "Bourg-Fictif", FicheDossier.MASQUE)
                .doesNotContain("Jeanne", "Fictive", "jeanne.fictive@exemple.invalid", "06 12 34 56 78")
                .as("free texts").doesNotContain("Remplaçante", "Travailler en équipe", "En couple", "Très positif",
                        "Projet de santé structuré", "Exercice regroupé, équipe", "Élargir au sud")
                .as("site names, in rounds, visits and task names").doesNotContain("Tilleuls", "Cabinet du Lac");
        assertThat(fiche.identiteVisible()).isFalse();
        assertThat(fiche.taches()).isNotEmpty().allSatisfy(tache -> assertThat(tache.lien()).isNull());
    }

    @Test
    void timelineListsEachCompletedStepInTimeOrderWithItsAuthor() {
        List<Pas> chronologie = fiches.fiche(dossier.reference(), CPTS).chronologie();

        assertThat(chronologie).extracting(Pas::quand).isSorted();
        assertThat(chronologie).filteredOn(pas -> pas.source().equals("Tâche"))
                // visit-report tasks end with their visit's day, "(10/03/2026)"
                .extracting(pas -> pas.libelle().replaceAll(" \\(\\d{2}/\\d{2}/\\d{4}\\)$", ""), Pas::auteur)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Proposer le rendez-vous d'entretien", TestStaff.CLS),
                        org.assertj.core.groups.Tuple.tuple("Mener l'entretien", TestStaff.CLS),
                        org.assertj.core.groups.Tuple.tuple("Renseigner le projet professionnel", TestStaff.CPTS),
                        org.assertj.core.groups.Tuple.tuple("Renseigner l'environnement professionnel et familial", TestStaff.CLS),
                        org.assertj.core.groups.Tuple.tuple("Croiser les besoins avec les lieux d'exercice", TestStaff.CPTS),
                        org.assertj.core.groups.Tuple.tuple("Contacter les lieux et organiser les visites", TestStaff.CPTS),
                        org.assertj.core.groups.Tuple.tuple("Informer les élus des communes concernées", TestStaff.CLS),
                        org.assertj.core.groups.Tuple.tuple("Rendre compte de la visite – Maison de santé des Tilleuls – Bourg-Fictif", TestStaff.CPTS),
                        org.assertj.core.groups.Tuple.tuple("Rendre compte de la visite – Cabinet du Lac – Val-Imaginaire", TestStaff.CPTS),
                        org.assertj.core.groups.Tuple.tuple("Mener le débrief à chaud", TestStaff.CPTS),
                        org.assertj.core.groups.Tuple.tuple("Mettre à jour le tableau de reporting", TestStaff.CLS),
                        org.assertj.core.groups.Tuple.tuple("Mener le débrief à froid", TestStaff.CLS));
        assertThat(chronologie).filteredOn(pas -> pas.source().equals("Journal"))
                .extracting(Pas::auteur).first().as("the request was recorded by the start form, unauthenticated").isEqualTo("système");
        assertThat(chronologie).filteredOn(pas -> pas.source().equals("Journal"))
                .extracting(Pas::libelle, Pas::auteur)
                .contains(org.assertj.core.groups.Tuple.tuple("Environnement professionnel et familial renseigné", TestStaff.CLS));
    }

    @Test
    void openTasksOpenInTasklistWithTheirGroupsAndDeadlines() {
        FicheDossier fiche = fiches.fiche(dossier.reference(), CPTS);

        assertThat(fiche.taches()).isNotEmpty().allSatisfy(tache -> {
            assertThat(tache.lien()).isEqualTo("/camunda/app/tasklist/default/#/?task=" + tache.id());
            assertThat(tache.groupes()).isNotEmpty();
        });
        assertThat(fiche.taches()).extracting(FicheDossier.TacheOuverte::nom).contains("Croiser les besoins avec les lieux d'exercice");
        assertThat(fiche.echeances()).extracting(FicheDossier.Echeance::libelle).contains("Croisement n° 2");
        assertThat(fiche.croisements().get(1).realiseLe()).isNull();
        assertThat(fiche.croisements().get(1).enRetard()).isFalse();
        assertThat(fiche.enRetard()).isFalse();

        ClockUtil.setCurrentTime(Date.from(horloge.plus(Duration.ofDays(30))));
        FicheDossier plusTard = fiches.fiche(dossier.reference(), CPTS);
        assertThat(plusTard.croisements().get(1).enRetard()).isTrue();
        assertThat(plusTard.taches()).anySatisfy(tache -> assertThat(tache.enRetard()).isTrue());
        assertThat(plusTard.enRetard()).as("a task past its deadline makes the dossier late, as in the table, before any flag").isTrue();
    }

    @Test
    void whileOnlyATimerWaitsThePageSaysWhenTheNextStepIsDue() {
        DossierDriver suivi = new DossierDriver(engine).withCatalogue(SitesDeTest.dans(context))
                .planifiantLesVisitesAvec(VisitesDeTest.unParLieu(planningVisites));
        jusquAuDebriefAChaud(suivi);
        FicheDossier avantFroid = fiches.fiche(suivi.reference(), CPTS);
        assertThat(avantFroid.taches()).isEmpty();
        assertThat(avantFroid.echeances()).singleElement().satisfies(echeance -> {
            assertThat(echeance.libelle()).isEqualTo("Débrief à froid (prévu)");
            assertThat(echeance.date()).isEqualTo(suivi.timer("TimerEvent_DateDebriefAFroid").getDuedate().toInstant());
        });
        suivi.fireTimer("TimerEvent_DateDebriefAFroid");
        as(suivi, TestStaff.CLS, Groups.CLS, "UserTask_MenerDebriefAFroid", () -> suivi.menerDebriefAFroid("installation"));

        FicheDossier attente = fiches.fiche(suivi.reference(), PILOTAGE);
        assertThat(attente.taches()).as("only timers wait: no task is open").isEmpty();
        assertThat(attente.echeances()).extracting(FicheDossier.Echeance::libelle).containsExactly(
                "Suivi téléphonique à 3 mois (prévu)", "Suivi téléphonique à 6 mois (prévu)", "Suivi téléphonique à 12 mois (prévu)");
        Instant troisMois = attente.echeances().get(0).date();
        assertThat(troisMois).isEqualTo(suivi.timer("TimerEvent_Suivi3Mois").getDuedate().toInstant());
        assertThat(attente.echeances()).noneMatch(FicheDossier.Echeance::depassee);

        // Past its date with the timer not fired (job executor stopped): late, as the table counts it.
        horloge = troisMois.plusSeconds(60);
        ClockUtil.setCurrentTime(Date.from(horloge));
        FicheDossier minuterieEnPanne = fiches.fiche(suivi.reference(), PILOTAGE);
        assertThat(minuterieEnPanne.echeances().get(0).depassee()).isTrue();
        assertThat(minuterieEnPanne.enRetard()).isTrue();

        // The timer fires: the call is now a task with its own deadline, no longer a planned one.
        suivi.fireTimer("TimerEvent_Suivi3Mois");
        FicheDossier appel = fiches.fiche(suivi.reference(), CLS);
        assertThat(appel.taches()).extracting(FicheDossier.TacheOuverte::nom).containsExactly("Réaliser le suivi téléphonique à 3 mois");
        assertThat(appel.echeances()).extracting(FicheDossier.Echeance::libelle).containsExactly(
                "Réaliser le suivi téléphonique à 3 mois", "Suivi téléphonique à 6 mois (prévu)", "Suivi téléphonique à 12 mois (prévu)");
    }

    @Test
    void unknownReferenceIsAFrench404OnThePageAndTheApi() throws Exception {
        assertThatThrownBy(() -> fiches.fiche("PS-1999-0001", CLS)).isInstanceOf(DossierInconnu.class);
        web.perform(get("/dossiers/PS-1999-0001").with(user(TestStaff.CLS).authorities(() -> Groups.CLS)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Dossier inconnu : PS-1999-0001")));
        web.perform(get("/api/dossiers/PS-1999-0001").with(user(TestStaff.CLS).authorities(() -> Groups.CLS)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Dossier inconnu : PS-1999-0001"));
    }

    @Test
    void pageShowsTheFicheToEachReaderAsTheServiceStripsIt() throws Exception {
        String ref = dossier.reference();
        web.perform(get("/dossiers/" + ref).param("retour", "etape=CROISEMENT&page=2")
                        .with(user(TestStaff.CLS).authorities(() -> Groups.CLS)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("<h1>Dossier " + ref + "</h1>"),
                        org.hamcrest.Matchers.containsString("href=\"/dossiers?etape=CROISEMENT&amp;page=2\""),
                        org.hamcrest.Matchers.containsString("Jeanne"),
                        org.hamcrest.Matchers.containsString("En couple, deux enfants"),
                        org.hamcrest.Matchers.containsString("/camunda/app/tasklist/default/#/?task="))));
        web.perform(get("/dossiers/" + ref).with(user(TestStaff.PILOTAGE).authorities(() -> Groups.PILOTAGE)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Jeanne")),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Tilleuls")),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("tasklist/default/#")),
                        org.hamcrest.Matchers.containsString(FicheDossier.MASQUE))));
        web.perform(get("/api/dossiers/" + ref).with(user(TestStaff.CPTS).authorities(() -> Groups.CPTS)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(ref));
    }

    @Test
    void theRankedSitesShowToClsAndCptsWithTheirReasonsNotToPilotage() throws Exception {
        LieuExercice lieu = new LieuExercice("Maison de santé Classée", "Val-de-Lisière", Instant.now());
        lieu.setType(TypeLieu.MSP);
        lieu.setProfessionsRecherchees("medecin-generaliste");
        lieu.setModesExercice("LIBERAL");
        lieu.setEquipePluriprofessionnelle(true);
        lieu.setLocauxDisponibles(true);
        Long id = lieux.save(lieu).getId();
        try {
            String ref = dossier.reference();
            for (String groupe : List.of(Groups.CLS, Groups.CPTS)) {
                web.perform(get("/dossiers/" + ref).with(user("quelquun").authorities(() -> groupe)))
                        .andExpect(status().isOk())
                        .andExpect(content().string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("Lieux d'exercice classés"),
                                org.hamcrest.Matchers.containsString("href=\"/catalogue/lieux/" + id + "\">Maison de santé Classée</a>"),
                                org.hamcrest.Matchers.containsString("Dans une commune ou intercommunalité souhaitée"),
                                org.hamcrest.Matchers.containsString(" / 100"))));
            }
            web.perform(get("/dossiers/" + ref).with(user(TestStaff.PILOTAGE).authorities(() -> Groups.PILOTAGE)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("classés")),
                            org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Classée")))));
        } finally {
            lieux.deleteById(id);
        }
    }

    /** Claims the step's tasks for the user and submits them signed in as that user, an hour after the last step. */
    private void as(String user, String group, String taskKey, Runnable step) {
        as(dossier, user, group, taskKey, step);
    }

    private void as(DossierDriver d, String user, String group, String taskKey, Runnable step) {
        horloge = horloge.plus(Duration.ofHours(1));
        ClockUtil.setCurrentTime(Date.from(horloge));
        for (Task task : d.tasks(taskKey)) {
            engine.getTaskService().claim(task.getId(), user);
        }
        engine.getIdentityService().setAuthentication(user, List.of(group));
        try {
            step.run();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static String valeur(List<Champ> champs, String libelle) {
        return champs.stream().filter(champ -> champ.libelle().equals(libelle)).map(Champ::valeur).findFirst().orElse(null);
    }

    private static List<String> valeurs(List<Champ> champs) {
        return champs.stream().map(Champ::valeur).toList();
    }
}
