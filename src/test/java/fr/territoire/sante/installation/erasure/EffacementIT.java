package fr.territoire.sante.installation.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.WebappSession;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.notification.EnvoiCourriels;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.DossierDriver;
import fr.territoire.sante.installation.process.ProcessKeys;
import fr.territoire.sante.installation.process.SitesDeTest;
import fr.territoire.sante.installation.process.VisitesDeTest;
import fr.territoire.sante.installation.visits.PlanningVisites;
import fr.territoire.sante.installation.visits.SaisieVisite;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The right to erasure, proved on PostgreSQL: a professional with a distinctive name, e-mail and phone
 * is accompanied from the request to the first follow-up (visits planned and their ICS invitations sent,
 * élus told with the name, the appointment moved, a comment on a task), a second one withdraws; the
 * referent erases both from the dossier page; then the whole database, dumped, holds them nowhere.
 */
class EffacementIT extends IntegrationTest {

    /** The SMTP server of the "test" profile (127.0.0.1:3025): the invitations really leave. */
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    private static final String PRENOM = "Zéphyrin";
    private static final String NOM = "Quatremare";
    private static final String EMAIL = "z.quatremare@exemple.invalid";
    private static final String TELEPHONE = "07 31 41 59 26";
    private static final String PRENOM_2 = "Philéas";
    private static final String NOM_2 = "Ondegrive";
    private static final String EMAIL_2 = "p.ondegrive@exemple.invalid";
    private static final String TELEPHONE_2 = "+33 6 27 18 28 18";

    /** What must be found nowhere: every spelling the professionals' data may take. */
    private static final List<String> TRACES = List.of("zéphyrin", "zephyrin", "quatremare", "z.quatremare@exemple.invalid",
            "07 31 41 59 26", "0731415926", "07.31.41.59.26", "+33731415926", "+33 7 31 41 59 26",
            "philéas", "phileas", "ondegrive", "+33 6 27 18 28 18", "0627182818", "06 27 18 28 18", "+33627182818");

    @Autowired
    ApplicationContext context;
    @Autowired
    PlanningVisites planningVisites;
    @Autowired
    EnvoiCourriels envoi;
    @Autowired
    DossierRepository dossiers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EffacementDossier effacement;
    @Value("${spring.datasource.url}")
    String url;
    @Value("${spring.datasource.username}")
    String user;
    @Value("${spring.datasource.password:}")
    String password;

    @Test
    void aProfessionalWhoAsksToBeForgottenIsFoundNowhereInTheWholeDatabase() throws Exception {
        BpmnAwareTests.init(engine);
        // A run stopped half-way leaves its professionals behind: they are erased first, as any would be.
        jdbc.queryForList("select reference from dossier where nom in (?, ?)", String.class, NOM, NOM_2)
                .forEach(reference -> effacement.effacer(reference, MotifEffacement.OPPOSITION, null, "test"));
        DossierDriver ouvert = accompagnerJusquAuSuivi();
        String refOuvert = ouvert.reference();
        String refClos = arreter();
        int mails = SMTP.getReceivedMessages().length;
        assertThat(mails).as("invitations received by the SMTP server").isPositive();
        assertThat(SMTP.getReceivedMessagesForDomain(EMAIL)).as("invitations received by the professional").isNotEmpty();

        DumpBase avant = DumpBase.de(url, user, password);
        assertThat(avant.tablesContenant(TRACES)).as("before the erasure, the dump holds them (the search works)")
                .anyMatch(t -> t.startsWith("public.dossier "))
                .anyMatch(t -> t.startsWith("public.courriel_piece_jointe ")) // bytea, decoded
                .anyMatch(t -> t.startsWith("public.act_hi_comment "))
                .anyMatch(t -> t.startsWith("public.act_ru_variable "));

        System.out.printf("EffacementIT: before the erasure, found in %s%n", avant.tablesContenant(TRACES).stream()
                .map(t -> t.substring(0, t.indexOf(' '))).distinct().toList());
        long idOuvert = dossiers.findByReference(refOuvert).orElseThrow().getId();
        WebappSession referent = signedIn(TestStaff.RGPD);
        long debut = System.nanoTime();
        long effacement1 = effacer(referent, refOuvert, "RETRAIT_CONSENTEMENT");
        long effacement2 = effacer(referent, refClos, "OPPOSITION");
        long dureeMs = (System.nanoTime() - debut) / 1_000_000;

        DumpBase apres = DumpBase.de(url, user, password);
        assertThat(apres.tablesContenant(TRACES)).as("after the erasure, %d tables, %d bytes dumped", apres.nombreDeTables(), apres.octets())
                .isEmpty();
        System.out.printf("EffacementIT: 2 erasures over HTTP in %d ms; dump of %d tables, %d bytes: no trace%n",
                dureeMs, apres.nombreDeTables(), apres.octets());

        // What stays: the statistical rows, the engine holds nothing under the former references.
        for (String reference : List.of(refOuvert, refClos)) {
            assertThat(dossiers.findByReference(reference)).isEmpty();
            assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
        }
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(ouvert.instance().getId()).count()).isZero();
        Map<String, Object> stat = jdbc.queryForMap("select r.reference, r.profession, r.visites, r.croisements, r.statut, r.etape,"
                + " d.anonymise_le from ligne_reporting r join dossier d on d.id = r.dossier_id where d.id = ?", idOuvert);
        assertThat(stat.get("profession")).isEqualTo("medecin-generaliste");
        assertThat(((Number) stat.get("visites")).intValue()).isEqualTo(2);
        assertThat(stat.get("anonymise_le")).isNotNull();
        assertThat(stat.get("statut")).as("an open dossier ends with its erasure").isEqualTo("ARRETE");
        assertThat(stat.get("etape")).isEqualTo("CLOS");
        assertThat((String) stat.get("reference")).startsWith("ANONYME-");

        // The statistical row's page opens, with nothing of him.
        HttpResponse<String> fiche = referent.get("/dossiers/" + stat.get("reference"));
        assertThat(fiche.statusCode()).isEqualTo(200);
        assertThat(fiche.body()).contains("(anonymisé)", "Données personnelles effacées").doesNotContain(NOM, PRENOM, refOuvert)
                .doesNotContain("/effacement\"");

        // The record: when, who, why; never what it was.
        Map<String, Object> record = jdbc.queryForMap("select * from effacement where id = ?", effacement1);
        assertThat(record.get("efface_par")).isEqualTo(TestStaff.RGPD);
        assertThat(record.get("motif")).isEqualTo("RETRAIT_CONSENTEMENT");
        assertThat(record.get("dossier_clos")).isEqualTo(false);
        assertThat(((Number) record.get("instances_moteur")).intValue()).isEqualTo(2); // the dossier and its appointment move
        assertThat(record.values().stream().map(String::valueOf).collect(Collectors.joining(" ")))
                .doesNotContain(refOuvert, NOM, PRENOM, EMAIL);
        Map<String, Object> record2 = jdbc.queryForMap("select * from effacement where id = ?", effacement2);
        assertThat(record2.get("dossier_clos")).isEqualTo(true);
        assertThat(((Number) record2.get("instances_moteur")).intValue()).isEqualTo(2); // the dossier and its withdrawal
        assertThat(referent.get("/effacements/" + effacement1).body()).contains("Effacement n° " + effacement1, "Retrait du consentement");
    }

    @Test
    void onlyTheDataProtectionReferentsMayErase() {
        String reference = new DossierDriver(engine).start(demande("Anne", "Refus", "a.refus@exemple.invalid", "06 11 11 11 11")).reference();
        for (String user : List.of(TestStaff.CLS, TestStaff.CPTS, TestStaff.PILOTAGE)) {
            WebappSession session = signedIn(user);
            assertThat(session.get("/dossiers/" + reference + "/effacement").statusCode()).as(user).isEqualTo(403);
            session.get("/dossiers/" + reference);
            assertThat(session.postForm("/dossiers/" + reference + "/effacement", Map.of("confirmation", reference,
                    "demandeLe", LocalDate.now().toString(), "motif", "OPPOSITION")).statusCode()).as(user).isEqualTo(403);
            assertThat(session.get("/dossiers/" + reference).body()).as(user).doesNotContain("/effacement");
        }
        WebappSession anonyme = new WebappSession(baseUrl());
        assertThat(anonyme.get("/dossiers/" + reference + "/effacement").headers().firstValue("Location").orElse("")).contains("/connexion");

        WebappSession referent = signedIn(TestStaff.RGPD);
        assertThat(referent.get("/dossiers/" + reference).body()).contains("/dossiers/" + reference + "/effacement");
        referent.get("/dossiers/" + reference + "/effacement");
        HttpResponse<String> faute = referent.postForm("/dossiers/" + reference + "/effacement", Map.of("confirmation", "PS-0000-0000",
                "demandeLe", LocalDate.now().plusDays(3).toString(), "motif", "DUREE_CONSERVATION_ECHUE"));
        assertThat(faute.statusCode()).isEqualTo(400);
        assertThat(faute.body()).contains("La référence saisie ne correspond pas", "ne peut pas être dans le futur",
                "Choisissez le motif de la demande");
        assertThat(dossiers.findByReference(reference)).isPresent();
        assertThat(referent.get("/dossiers/PS-1999-0001/effacement").statusCode()).isEqualTo(404);
    }

    /** Every table of ours and every text column of a dossier's tables is in the inventory. */
    @Test
    void theInventoryCoversEveryTableAndTextColumnOfTheStore() {
        List<Map<String, Object>> colonnes = jdbc.queryForList("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = current_schema() and table_name not like 'act\\_%' order by table_name, ordinal_position""");
        Set<String> manquantes = new TreeSet<>();
        for (Map<String, Object> colonne : colonnes) {
            String table = ((String) colonne.get("table_name")).toLowerCase(Locale.ROOT);
            String nom = ((String) colonne.get("column_name")).toLowerCase(Locale.ROOT);
            String type = (String) colonne.get("data_type");
            if (InventaireDonneesPersonnelles.TABLES_SANS_PROFESSIONNEL.containsKey(table)) {
                continue;
            }
            var inventaire = InventaireDonneesPersonnelles.TABLES_DU_DOSSIER.stream().filter(t -> t.table().equals(table)).findFirst();
            if (inventaire.isEmpty()) {
                manquantes.add(table + " (table)");
            } else if (!inventaire.get().supprimee() && (type.contains("char") || type.equals("text") || type.equals("bytea"))
                    && !inventaire.get().effacees().containsKey(nom) && !inventaire.get().conservees().containsKey(nom)) {
                manquantes.add(table + "." + nom);
            }
        }
        assertThat(manquantes).as("tables and text columns missing from erasure.InventaireDonneesPersonnelles").isEmpty();
    }

    private DossierDriver accompagnerJusquAuSuivi() {
        DossierDriver dossier = new DossierDriver(engine).withCatalogue(SitesDeTest.dans(context))
                .planifiantLesVisitesAvec(VisitesDeTest.unParLieu(planningVisites))
                .start(demande(PRENOM, NOM, EMAIL, TELEPHONE)).proposerRendezVous();
        engine.getFormService().submitStartForm(definition(ProcessKeys.DEPLACEMENT_ENTRETIEN), Map.of(
                "dossierReference", dossier.reference(),
                "nouvelleDateEntretien", LocalDate.now(Calendrier.FUSEAU).plusDays(4) + "T11:00",
                "motifDeplacement", "Zéphyrin Quatremare est retenu, rappeler au 0731415926"));
        Task entretien = dossier.tasks("UserTask_MenerEntretien").get(0);
        engine.getTaskService().createComment(entretien.getId(), dossier.instance().getId(),
                "Appel de M. quatremare (z.quatremare@exemple.invalid) : confirmé");
        dossier.submit("UserTask_MenerEntretien", Map.of("motivations", "zephyrin souhaite rejoindre une équipe",
                        "calendrier", "moyen", "disponibilitesVisites", "Joignable au 07.31.41.59.26", "suiteEntretien", "poursuite"))
                .renseignerProjetProfessionnel().renseignerEnvironnement()
                .croiser("Maison de santé des Tilleuls – Bourg-Fictif", "Cabinet du Lac – Val-Imaginaire")
                .organiserVisites();
        assertThat(envoi.envoyerEnAttente()).as("ICS invitations sent").isPositive();
        // One visit moves: its new invitation (ICS attachment, bytea) stays queued until the erasure.
        var visite = planningVisites.prevues(dossiers.findByReference(dossier.reference()).orElseThrow().getId()).get(0);
        var deplacee = planningVisites.deplacer(dossier.reference(), visite.getId(), new SaisieVisite(String.valueOf(visite.getLieuProposeId()),
                LocalDate.now(Calendrier.FUSEAU).plusDays(VisitesDeTest.DANS_JOURS).toString(), "16:00", "17:30",
                "Chargée de mission CLS", "Coordinateur CPTS", "Dr Exemple", "Adjointe au maire"), TestStaff.CPTS);
        assertThat(deplacee.reussi()).as(String.valueOf(deplacee.erreurs())).isTrue();
        // The élus' e-mails name the professional and stay queued (unsent) until the erasure.
        dossier.informerElus(true).rendreCompteDesVisites().menerDebriefAChaud().mettreAJourReporting();
        dossier.fireTimer("TimerEvent_DateDebriefAFroid");
        dossier.menerDebriefAFroid("installation");
        dossier.fireTimer("TimerEvent_Suivi3Mois");
        dossier.realiserSuivi(3);
        return dossier;
    }

    private String arreter() {
        String reference = new DossierDriver(engine).start(demande(PRENOM_2, NOM_2, EMAIL_2, TELEPHONE_2)).proposerRendezVous().reference();
        engine.getFormService().submitStartForm(definition(ProcessKeys.ARRET_DEMARCHE), Map.of(
                "dossierReference", reference, "motifArret", "autre",
                "commentaireArret", "M. Ondegrive (" + EMAIL_2 + ") part à l'étranger"));
        assertThat(dossiers.findByReference(reference).orElseThrow().isActive()).isFalse();
        return reference;
    }

    private static Map<String, Object> demande(String prenom, String nom, String email, String telephone) {
        Map<String, Object> values = new HashMap<>(DossierDriver.demande());
        values.put("prenom", prenom);
        values.put("nom", nom);
        values.put("email", email);
        values.put("telephone", telephone);
        values.put("situationActuelle", prenom + " " + nom + " remplace à Bourg-Fictif");
        values.put("commentaire", "Joindre " + nom.toLowerCase(Locale.ROOT) + " au " + telephone.replace(" ", ""));
        return values;
    }

    private long effacer(WebappSession referent, String reference, String motif) {
        HttpResponse<String> page = referent.get("/dossiers/" + reference + "/effacement");
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> fait = referent.postForm("/dossiers/" + reference + "/effacement", Map.of("confirmation",
                reference.toLowerCase(Locale.ROOT), "demandeLe", LocalDate.now(Calendrier.FUSEAU).minusDays(2).toString(), "motif", motif));
        assertThat(fait.statusCode()).as(fait.body()).isEqualTo(302);
        String location = fait.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/effacements/");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String definition(String key) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
    }

    private WebappSession signedIn(String user) {
        WebappSession session = new WebappSession(baseUrl());
        assertThat(session.signIn(user, TestStaff.password(user))).as(user).isTrue();
        return session;
    }

}
