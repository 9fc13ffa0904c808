package fr.territoire.sante.installation.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.territoire.sante.installation.consent.Consentements;
import fr.territoire.sante.installation.identity.Groups;
import fr.territoire.sante.installation.process.DossierDriver;
import fr.territoire.sante.installation.process.ProcessTest;
import fr.territoire.sante.installation.signin.Lecteur;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * At intake the notice's version, the legal basis and who recorded the consent are kept; the access
 * export then holds the professional's whole data, the CLS-only part included, as JSON and as a PDF.
 */
class DroitAccesTest extends ProcessTest {

    private static final Lecteur CLS = new Lecteur("cls1", Set.of(Groups.CLS));

    @Autowired
    DroitAcces droitAcces;
    @Autowired
    DroitAccesPdf pdf;
    @Autowired
    Consentements consentements;

    private String dossierJusquAuCroisement() {
        engine.getIdentityService().setAuthentication("cls1", List.of(Groups.CLS));
        dossier.start();
        engine.getIdentityService().clearAuthentication();
        dossier.proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement()
                .croiser("Maison de santé des Tilleuls – Val-de-Lisière");
        return dossier.reference();
    }

    @Test
    void the_intake_records_the_notice_version_the_legal_basis_and_who_recorded_the_consent() {
        String reference = dossierJusquAuCroisement();
        Consentements.VueConsentement consentement = consentements.parReference(reference).orElseThrow();
        assertThat(consentement.versionInformation()).isEqualTo("2026-12");
        assertThat(consentement.baseLegale()).isEqualTo(Consentements.BASE_LEGALE);
        assertThat(consentement.recueilliPar()).isEqualTo("cls1");
        assertThat(consentement.recueilliLe()).isNotNull();
        assertThat(consentement.lienNotice()).isEqualTo("/rgpd/information/2026-12");
    }

    @Test
    void the_json_export_holds_identity_every_stage_the_cls_part_the_sites_and_the_tasks() throws Exception {
        String reference = dossierJusquAuCroisement();
        DonneesProfessionnel donnees = droitAcces.exporter(reference, CLS);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        JsonNode arbre = json.readTree(json.writeValueAsBytes(donnees));

        assertThat(arbre.path("reference").asText()).isEqualTo(reference);
        assertThat(arbre.path("consentement").path("versionInformation").asText()).isEqualTo("2026-12");
        assertThat(arbre.path("fiche").path("demande").toString()).contains("Jeanne", "Fictive", "jeanne.fictive@exemple.invalid", "06 12 34 56 78");
        assertThat(arbre.path("fiche").path("environnementFamilial").toString()).contains("En couple, deux enfants", "Conjoint enseignant");
        assertThat(arbre.path("fiche").path("entretien").toString()).contains("Travailler en équipe");
        assertThat(arbre.path("lieuxProposes").toString()).contains("Maison de santé des Tilleuls");
        assertThat(arbre.path("historiqueTaches").findValuesAsText("etape"))
                .contains("UserTask_ProposerRendezVous", "UserTask_MenerEntretien", "UserTask_RenseignerEnvironnement");
        assertThat(arbre.path("historiqueTaches").findValuesAsText("issue")).contains("Terminée", "En attente");
        assertThat(arbre.path("fiche").path("chronologie").size()).isGreaterThan(3);
    }

    @Test
    void the_pdf_reads_in_french_with_its_accents_and_holds_the_same_data() throws Exception {
        String reference = dossierJusquAuCroisement();
        byte[] fichier = pdf.ecrire(droitAcces.exporter(reference, CLS));
        // Kept for a look (pdftoppm -png target/droit-acces-exemple.pdf): the layout is not asserted.
        java.nio.file.Files.write(java.nio.file.Path.of("target", "droit-acces-exemple.pdf"), fichier);
        try (PDDocument document = Loader.loadPDF(fichier)) {
            String texte = new PDFTextStripper().getText(document);
            assertThat(texte).contains("Vos données – dossier " + reference, "droit d'accès (article 15 du RGPD)",
                    "Information et consentement", "2026-12", "Consentement (article 6.1.a du RGPD)",
                    "Jeanne", "Fictive", "jeanne.fictive@exemple.invalid",
                    "Environnement professionnel et familial (partie CLS)", "En couple, deux enfants",
                    "Maison de santé des Tilleuls", "Tâches du dossier", "Chronologie");
        }
    }

    @Test
    void the_pdf_prints_names_outside_windows_1252_as_typed() throws Exception {
        // Polish, Romanian and Vietnamese letters: the PDF base-14 fonts would draw each of them as "#".
        Map<String, Object> demande = DossierDriver.demande();
        demande.put("prenom", "Łucja");
        demande.put("nom", "Nguyễn-Ștefănescu");
        engine.getIdentityService().setAuthentication("cls1", List.of(Groups.CLS));
        dossier.start(demande);
        engine.getIdentityService().clearAuthentication();

        byte[] fichier = pdf.ecrire(droitAcces.exporter(dossier.reference(), CLS));

        try (PDDocument document = Loader.loadPDF(fichier)) {
            String texte = new PDFTextStripper().getText(document);
            assertThat(texte).contains("Łucja", "Nguyễn-Ștefănescu", "données").doesNotContain("#");
        }
    }

    @Test
    void only_a_reader_of_the_whole_dossier_may_export_it() {
        String reference = dossierJusquAuCroisement();
        assertThatThrownBy(() -> droitAcces.exporter(reference, new Lecteur("cpts1", Set.of(Groups.CPTS))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> droitAcces.exporter(reference, new Lecteur("pilotage1", Set.of(Groups.PILOTAGE))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
