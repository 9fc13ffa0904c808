package fr.territoire.sante.installation.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.WebappSession;
import fr.territoire.sante.installation.process.DossierDriver;
import fr.territoire.sante.installation.process.SitesDeTest;
import fr.territoire.sante.installation.process.VisitesDeTest;
import fr.territoire.sante.installation.visits.PlanningVisites;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agreement check on PostgreSQL: dossiers driven through the forms are reported as agreeing; each
 * kind of disagreement, made on purpose by SQL, is reported under its kind and names the right dossier;
 * once undone, nothing is reported for them again. Page and JSON for camunda-admin only.
 */
class CoherenceIT extends IntegrationTest {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "un-secret-de-test-assez-long";

    @Autowired
    ControleCoherence controle;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    PlanningVisites planningVisites;

    private final List<String> annulations = new ArrayList<>();

    @Test
    void reportsEachKindOfDisagreementMadeOnPurposeAndNothingOnceUndone() {
        String sansProcessus = enRecueil();
        String clos = enRecueil();
        String etape = enRecueil();
        String ligneAbsente = enRecueil();
        String ligneFausse = enRecueil();
        String doublon = enRecueil();
        String froidDecale = enAttenteDuDebriefAFroid();
        String minuterieAbsente = enAttenteDuDebriefAFroid();
        String suiviOublie = entreDeuxSuivis();
        Set<String> miens = Set.of(sansProcessus, clos, etape, ligneAbsente, ligneFausse, doublon, froidDecale, minuterieAbsente,
                suiviOublie);

        assertThat(divergencesDe(controle.controler(), miens)).as("dossiers driven through the forms agree").isEmpty();

        try {
            changer("update dossier set process_instance_id = 'instance-perdue' where reference = '%s'".formatted(sansProcessus),
                    "update dossier set process_instance_id = '%s' where reference = '%s'".formatted(processus(sansProcessus), sansProcessus));
            changer("update dossier set statut = 'ARRETE' where reference = '%s'".formatted(clos),
                    "update dossier set statut = 'EN_COURS' where reference = '%s'".formatted(clos));
            changer("update dossier set etape = 'SUIVI' where reference = '%s'".formatted(etape),
                    "update dossier set etape = 'RECUEIL' where reference = '%s'".formatted(etape));
            changer("delete from ligne_reporting where reference = '%s'".formatted(ligneAbsente), "refresh:" + ligneAbsente);
            changer("update ligne_reporting set prochaine_echeance = null where reference = '%s'".formatted(ligneFausse),
                    "refresh:" + ligneFausse);
            changer("update ligne_reporting set prochaine_echeance = null where reference = '%s'".formatted(suiviOublie),
                    ("update ligne_reporting set prochaine_echeance = (select min(s.prevu_le) from suivi s join dossier d"
                            + " on d.id = s.dossier_id where d.reference = '%1$s' and s.realise_le is null) where reference = '%1$s'")
                            .formatted(suiviOublie));
            // The engine's side: a second instance bearing a dossier's reference, a timer gone, a job out of retries.
            String autre = processus(doublon);
            changer("update act_ru_execution set business_key_ = '%s' where id_ = '%s'".formatted(clos, autre),
                    "update act_ru_execution set business_key_ = '%s' where id_ = '%s'".formatted(doublon, autre));
            String decale = "update debrief set debrief_froid_prevu = debrief_froid_prevu %s interval '1 day' where type = 'CHAUD'"
                    + " and dossier_id = (select id from dossier where reference = '" + froidDecale + "')";
            changer(decale.formatted("+"), decale.formatted("-"));
            changer("update act_ru_job set retries_ = 0 where process_instance_id_ = '%s'".formatted(processus(froidDecale)),
                    "update act_ru_job set retries_ = 3 where process_instance_id_ = '%s'".formatted(processus(froidDecale)));
            String instance = processus(minuterieAbsente);
            changer("update act_ru_job set process_instance_id_ = 'ailleurs' where process_instance_id_ = '%s'".formatted(instance),
                    "update act_ru_job set process_instance_id_ = '%s' where process_instance_id_ = 'ailleurs'".formatted(instance));

            RapportCoherence rapport = controle.controler();

            assertThat(divergencesDe(rapport, miens)).extracting(Divergence::type, Divergence::reference)
                    .contains(
                            tuple(TypeDivergence.DOSSIER_SANS_PROCESSUS, sansProcessus),
                            tuple(TypeDivergence.PROCESSUS_SANS_DOSSIER_EN_COURS, sansProcessus),
                            tuple(TypeDivergence.PROCESSUS_SANS_DOSSIER_EN_COURS, clos),
                            tuple(TypeDivergence.PROCESSUS_EN_DOUBLE, clos),
                            tuple(TypeDivergence.ETAPE_DIFFERENTE, etape),
                            tuple(TypeDivergence.LIGNE_REPORTING_ABSENTE, ligneAbsente),
                            tuple(TypeDivergence.LIGNE_REPORTING_DIFFERENTE, ligneFausse),
                            tuple(TypeDivergence.LIGNE_REPORTING_DIFFERENTE, suiviOublie),
                            tuple(TypeDivergence.LIGNE_REPORTING_DIFFERENTE, clos),
                            tuple(TypeDivergence.LIGNE_REPORTING_DIFFERENTE, etape),
                            tuple(TypeDivergence.MINUTERIE_DECALEE, froidDecale),
                            tuple(TypeDivergence.MINUTERIE_ABSENTE, minuterieAbsente),
                            tuple(TypeDivergence.TRAVAIL_EN_ECHEC, froidDecale));
            assertThat(divergencesDe(rapport, Set.of(doublon))).as("the dossier whose instance lent its reference is still whole")
                    .isEmpty();
            assertThat(rapport.groupes()).allSatisfy(groupe -> assertThat(groupe.consigne()).isNotBlank());
            Divergence etapeFausse = divergencesDe(rapport, Set.of(etape)).stream()
                    .filter(d -> d.type() == TypeDivergence.ETAPE_DIFFERENTE).findFirst().orElseThrow();
            assertThat(etapeFausse.magasin()).isEqualTo("étape E – Suivi");
            assertThat(etapeFausse.moteur()).isEqualTo("tâches ouvertes de l'étape A – Recueil de la demande");
            assertThat(divergencesDe(rapport, Set.of(ligneFausse))).singleElement()
                    .satisfies(d -> assertThat(d.magasin()).isEqualTo("ligne : prochaine échéance aucune"));

            pageEtJsonPourLAdministrateurSeulement(ligneAbsente);
        } finally {
            defaire();
        }
        assertThat(divergencesDe(controle.controler(), miens)).as("once undone").isEmpty();
    }

    private void pageEtJsonPourLAdministrateurSeulement(String reference) {
        WebappSession admin = new WebappSession(baseUrl());
        assertThat(admin.signIn(ADMIN, ADMIN_PASSWORD)).isTrue();
        var page = admin.get("/exploitation/coherence");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ligne du tableau de reporting absente", reference, "Que faire");
        var json = admin.get("/api/exploitation/coherence");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"LIGNE_REPORTING_ABSENTE\"", reference, "\"consigne\"");

        for (String user : List.of(TestStaff.CLS, TestStaff.CPTS, TestStaff.PILOTAGE)) {
            WebappSession staff = new WebappSession(baseUrl());
            assertThat(staff.signIn(user, TestStaff.password(user))).isTrue();
            assertThat(staff.get("/exploitation/coherence").statusCode()).as(user).isEqualTo(403);
            assertThat(staff.get("/api/exploitation/coherence").statusCode()).as(user).isEqualTo(403);
        }
        assertThat(new WebappSession(baseUrl()).get("/api/exploitation/coherence").statusCode()).isEqualTo(401);
    }

    private String enRecueil() {
        return new DossierDriver(engine).start().reference();
    }

    private String enAttenteDuDebriefAFroid() {
        return jusquAuDebriefAChaud().reference();
    }

    /** In stage E between two follow-up calls: no task is open, only the timer of the next call. */
    private String entreDeuxSuivis() {
        DossierDriver dossier = jusquAuDebriefAChaud();
        dossier.fireTimer("TimerEvent_DateDebriefAFroid");
        return dossier.menerDebriefAFroid("installation").reference();
    }

    private DossierDriver jusquAuDebriefAChaud() {
        return new DossierDriver(engine).withCatalogue(SitesDeTest.dans(context))
                .planifiantLesVisitesAvec(VisitesDeTest.unParLieu(planningVisites)).start()
                .proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement()
                .croiser("Maison de santé des Tilleuls – Bourg-Fictif")
                .organiserVisites().informerElus().rendreCompteDesVisites()
                .menerDebriefAChaud().mettreAJourReporting();
    }

    private String processus(String reference) {
        return jdbc.queryForObject("select process_instance_id from dossier where reference = ?", String.class, reference);
    }

    /** Makes one disagreement by SQL, and keeps how to undo it. */
    private void changer(String sql, String annulation) {
        jdbc.update(sql);
        annulations.add(annulation);
    }

    private void defaire() {
        for (int i = annulations.size() - 1; i >= 0; i--) {
            String annulation = annulations.get(i);
            if (annulation.startsWith("refresh:")) {
                String reference = annulation.substring("refresh:".length());
                jdbc.update("delete from ligne_reporting where reference = ?", reference);
                jdbc.update("insert into ligne_reporting (dossier_id, reference, professionnel, recherche, profession, "
                        + "origine_demande, demande_le, croisements, visites, suivis_realises, etape, statut, en_retard, prochaine_echeance) "
                        + "select d.id, d.reference, d.prenom || ' ' || d.nom, lower(d.reference || ' ' || d.prenom || ' ' || d.nom), "
                        + "d.profession, d.origine_demande, d.cree_le, 0, 0, 0, d.etape, d.statut, d.en_retard, "
                        + "(select min(t.due_date_) from act_ru_task t where t.proc_inst_id_ = d.process_instance_id) "
                        + "from dossier d where d.reference = ?", reference);
            } else {
                jdbc.update(annulation);
            }
        }
        annulations.clear();
    }

    private static List<Divergence> divergencesDe(RapportCoherence rapport, Set<String> references) {
        return rapport.groupes().stream().flatMap(g -> g.cas().stream()).filter(d -> references.contains(d.reference())).toList();
    }
}
