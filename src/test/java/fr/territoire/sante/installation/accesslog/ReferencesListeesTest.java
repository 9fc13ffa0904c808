package fr.territoire.sante.installation.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A page of tasks names the dossiers whose reference its embedded variables carry, once each. */
class ReferencesListeesTest {

    @Test
    void the_references_of_a_tasklist_page_are_its_dossierReference_variables() {
        String hal = """
                {"_embedded": {"task": [
                  {"id": "t1", "_embedded": {"variable": [
                    {"name": "dossierReference", "value": "PS-2026-0001"}, {"name": "professionnel", "value": "Jeanne Fictive"}]}},
                  {"id": "t2", "_embedded": {"variable": [{"name": "dossierReference", "value": "PS-2026-0002"}]}},
                  {"id": "t3", "_embedded": {"variable": [{"name": "dossierReference", "value": "PS-2026-0001"}]}},
                  {"id": "t4", "_embedded": {"variable": [{"name": "dossierReference", "value": "rapport-12"}]}}]}}
                """;
        assertThat(ReferencesListees.dans(hal.getBytes(StandardCharsets.UTF_8))).containsExactly("PS-2026-0001", "PS-2026-0002");
        assertThat(ReferencesListees.dans("[{\"id\": \"t1\", \"name\": \"Mener l'entretien\"}]".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ReferencesListees.dans("pas du JSON".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ReferencesListees.dans(new byte[0])).isEmpty();
    }

    @Test
    void a_filter_s_page_is_recognised_through_the_webapps_and_engine_rest() {
        assertThat(LectureSuivie.estListeDeTaches("/camunda/api/engine/engine/default/filter/f1/list", "/camunda")).isTrue();
        assertThat(LectureSuivie.estListeDeTaches("/engine-rest/filter/f1/list", "/camunda")).isTrue();
        assertThat(LectureSuivie.estListeDeTaches("/engine-rest/engine/default/filter/f1/list", "/camunda")).isTrue();
        assertThat(LectureSuivie.estListeDeTaches("/engine-rest/filter/f1/count", "/camunda")).isFalse();
        assertThat(LectureSuivie.estListeDeTaches("/dossiers", "/camunda")).isFalse();
    }
}
