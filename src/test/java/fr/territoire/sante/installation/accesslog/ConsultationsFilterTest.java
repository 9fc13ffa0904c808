package fr.territoire.sante.installation.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The filter holds the answer back until its log entry is written, and gives nothing when it cannot be. */
class ConsultationsFilterTest {

    private final JournalConsultations journal = mock(JournalConsultations.class);
    private final TachesDossier taches = mock(TachesDossier.class);
    private final ConsultationsFilter filtre = new ConsultationsFilter(journal, taches, "/camunda");
    private final FilterChain ficheLue = (request, response) -> {
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write("<h1>Jeanne Fictive</h1>".getBytes(StandardCharsets.UTF_8));
    };

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static void connecte(String utilisateur, String groupe) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                utilisateur, null, AuthorityUtils.createAuthorityList(groupe)));
    }

    private MockHttpServletResponse lire(MockHttpServletRequest request, FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filtre.doFilter(request, response, chain);
        return response;
    }

    @Test
    void a_cls_member_reading_a_dossier_page_is_logged_and_gets_the_page() throws Exception {
        connecte("cls1", "cls");
        MockHttpServletResponse response = lire(new MockHttpServletRequest("GET", "/dossiers/PS-2026-0001"), ficheLue);
        verify(journal).dossier("cls1", NatureConsultation.FICHE, "PS-2026-0001", null);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Jeanne Fictive");
    }

    @Test
    void pilotage_reads_no_identifying_data_and_is_not_logged() throws Exception {
        connecte("pilotage1", "pilotage");
        lire(new MockHttpServletRequest("GET", "/dossiers/PS-2026-0001"), ficheLue);
        verifyNoInteractions(journal);
    }

    @Test
    void a_refused_or_unknown_read_is_not_logged() throws Exception {
        connecte("cls1", "cls");
        lire(new MockHttpServletRequest("GET", "/dossiers/PS-2026-9999"), (request, response) ->
                ((jakarta.servlet.http.HttpServletResponse) response).setStatus(404));
        verifyNoInteractions(journal);
    }

    @Test
    void when_the_entry_cannot_be_written_the_reader_gets_a_503_in_french_and_nothing_of_the_dossier() throws Exception {
        connecte("cls1", "cls");
        doThrow(JournalIndisponiblePourTest.exception()).when(journal).dossier(any(), any(), any(), any());
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/dossiers/PS-2026-0001");
        request.addHeader("Accept", "text/html");
        MockHttpServletResponse response = lire(request, ficheLue);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("n'a pas pu être enregistrée").doesNotContain("Jeanne");
    }

    @Test
    void a_task_s_variables_read_through_engine_rest_are_logged_under_the_user_camunda_accepted() throws Exception {
        when(taches.reference("t1")).thenReturn(Optional.of("PS-2026-0003"));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task/t1/form-variables");
        request.addHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString("cpts1:secret".getBytes(StandardCharsets.UTF_8)));
        lire(request, ficheLue);
        verify(journal).dossier("cpts1", NatureConsultation.TACHE_API, "PS-2026-0003", "tâche t1");
    }

    @Test
    void a_task_outside_any_dossier_is_not_logged_nor_a_post_answered_by_a_redirect() throws Exception {
        connecte("cls1", "cls");
        when(taches.reference("t2")).thenReturn(Optional.empty());
        lire(new MockHttpServletRequest("GET", "/camunda/api/engine/engine/default/task/t2/form-variables"), ficheLue);
        lire(new MockHttpServletRequest("POST", "/dossiers/PS-2026-0001/visites"), (request, response) ->
                ((jakarta.servlet.http.HttpServletResponse) response).sendRedirect("/dossiers/PS-2026-0001#visites"));
        verifyNoInteractions(journal);
    }

    @Test
    void a_refused_change_that_shows_the_dossier_page_again_is_a_read() throws Exception {
        connecte("cpts1", "cpts");
        lire(new MockHttpServletRequest("POST", "/dossiers/PS-2026-0001/visites"), (request, response) -> {
            ((jakarta.servlet.http.HttpServletResponse) response).setStatus(400);
            ficheLue.doFilter(request, response);
        });
        verify(journal).dossier("cpts1", NatureConsultation.FICHE, "PS-2026-0001", "après envoi : visites");
    }
}
