package fr.territoire.sante.installation.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.territoire.sante.installation.accesslog.JournalConsultations;
import fr.territoire.sante.installation.accesslog.JournalIndisponiblePourTest;
import fr.territoire.sante.installation.accesslog.NatureConsultation;
import fr.territoire.sante.installation.dossier.Etape;
import fr.territoire.sante.installation.dossier.Statut;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.signin.Lecteur;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The endpoints' contract, without a Spring context: parameters, reader, headers, 400s. */
class ExportControllerTest {

    private final TableauReporting tableau = mock(TableauReporting.class);
    private final JournalConsultations journal = mock(JournalConsultations.class);
    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new ExportController(new ExportsTableau(tableau), tableau, journal))
            .setControllerAdvice(new ParametreInvalideHandler())
            .build();
    private final UsernamePasswordAuthenticationToken elise = UsernamePasswordAuthenticationToken.authenticated(
            "elise", null, AuthorityUtils.createAuthorityList("pilotage"));

    @Test
    void csv_is_an_attachment_named_after_today_filtered_sorted_and_read_as_its_reader() throws Exception {
        Filtre filtre = new Filtre(Etape.ENTRETIEN, null, null, null, LocalDate.parse("2025-01-01"), null,
                true, Filtre.Ouverture.EN_COURS, null);
        TableauReporting.Tri tri = new TableauReporting.Tri(Colonne.COMMUNE, false);
        doAnswer(invocation -> {
            Consumer<LigneTableau> destination = invocation.getArgument(3);
            destination.accept(new LigneTableau(7, "2025-0007", null, "Infirmier", null, null, null, null, null,
                    null, 0, 0, null, null, 0, Etape.ENTRETIEN, Statut.EN_COURS,
                    false, null, null, "Aurillac", null));
            return null;
        }).when(tableau).parcourir(eq(filtre), eq(tri), eq(new Lecteur("elise", Set.of("pilotage"))), any());

        MvcResult debut = mvc.perform(get("/api/dossiers/export.csv").principal(elise)
                        .param("etape", "ENTRETIEN").param("du", "2025-01-01").param("retard", "true")
                        .param("ouverture", "EN_COURS").param("tri", "commune").param("sens", "desc"))
                .andExpect(request().asyncStarted())
                .andReturn();
        MvcResult fin = mvc.perform(asyncDispatch(debut))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"tableau-reporting-" + Calendrier.aujourdhui() + ".csv\""))
                .andReturn();

        String csv = new String(fin.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        List<String> lignes = csv.lines().toList();
        assertThat(lignes).hasSize(2);
        assertThat(lignes.get(0)).startsWith("\uFEFFRéférence;Profession;").doesNotContain("Professionnel");
        assertThat(lignes.get(1)).startsWith("2025-0007;Infirmier;").endsWith(";Aurillac");
        verifyNoInteractions(journal); // pilotage reads no identifying column: nothing to log
    }

    @Test
    void for_a_reader_of_names_the_access_log_holds_the_references_first_and_the_file_lists_only_those() throws Exception {
        UsernamePasswordAuthenticationToken claire = UsernamePasswordAuthenticationToken.authenticated(
                "claire", null, AuthorityUtils.createAuthorityList("cls"));
        Lecteur lecteur = new Lecteur("claire", Set.of("cls"));
        when(tableau.references(any(), any(), eq(lecteur))).thenReturn(List.of("PS-2026-0001"));
        doAnswer(invocation -> {
            Consumer<LigneTableau> destination = invocation.getArgument(3);
            destination.accept(ligne("PS-2026-0001"));
            destination.accept(ligne("PS-2026-0002")); // created after the log entry was written
            return null;
        }).when(tableau).parcourir(any(), any(), eq(lecteur), any());

        MvcResult debut = mvc.perform(get("/api/dossiers/export.csv").principal(claire))
                .andExpect(request().asyncStarted()).andReturn();
        verify(journal).liste("claire", NatureConsultation.TABLEAU_CSV, List.of("PS-2026-0001"));
        MvcResult fin = mvc.perform(asyncDispatch(debut)).andExpect(status().isOk()).andReturn();

        String csv = new String(fin.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("PS-2026-0001").doesNotContain("PS-2026-0002");
    }

    @Test
    void when_the_access_log_cannot_be_written_nothing_is_exported() throws Exception {
        UsernamePasswordAuthenticationToken claire = UsernamePasswordAuthenticationToken.authenticated(
                "claire", null, AuthorityUtils.createAuthorityList("cls"));
        when(tableau.references(any(), any(), any())).thenReturn(List.of("PS-2026-0001"));
        doThrow(JournalIndisponiblePourTest.exception()).when(journal).liste(any(), any(), any());
        MockMvc avecErreurs = MockMvcBuilders
                .standaloneSetup(new ExportController(new ExportsTableau(tableau), tableau, journal))
                .setControllerAdvice(JournalIndisponiblePourTest.handler()).build();

        avecErreurs.perform(get("/api/dossiers/export.csv").principal(claire))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("La consultation n'a pas pu être enregistrée")));
        verify(tableau, never()).parcourir(any(), any(), any(), any());
    }

    private static LigneTableau ligne(String reference) {
        return new LigneTableau(1, reference, "Jeanne Fictive", "Infirmier", null, null, null, null, null,
                null, 0, 0, null, null, 0, Etape.ENTRETIEN, Statut.EN_COURS, false, null, null, "Aurillac", null);
    }

    @Test
    void xlsx_has_the_spreadsheet_type_and_name() throws Exception {
        MvcResult debut = mvc.perform(get("/api/dossiers/export.xlsx").principal(elise))
                .andExpect(request().asyncStarted()).andReturn();
        MvcResult fin = mvc.perform(asyncDispatch(debut))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"tableau-reporting-" + Calendrier.aujourdhui() + ".xlsx\""))
                .andReturn();
        // A zip (the workbook), even without rows: the header row is there.
        assertThat(fin.getResponse().getContentAsByteArray()).startsWith(0x50, 0x4B);
    }

    @Test
    void a_bad_parameter_is_a_400_in_french_before_anything_is_read() throws Exception {
        mvc.perform(get("/api/dossiers/export.csv").principal(elise).param("du", "hier"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.message").value("Date « du » invalide : attendu AAAA-MM-JJ."));
        mvc.perform(get("/api/dossiers/export.xlsx").principal(elise).param("tri", "salaire"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Tri inconnu : « salaire »."));
        mvc.perform(get("/api/dossiers/export.csv").principal(elise).param("page", "deux"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Paramètre « page » invalide."));
        verifyNoInteractions(tableau);
    }
}
