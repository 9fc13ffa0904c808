package fr.territoire.sante.installation.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which requests read one dossier's personal data, and what the log says they read. */
class LectureSuivieTest {

    private static LectureSuivie lue(String path) {
        return LectureSuivie.de(path, "/camunda").orElseThrow();
    }

    @Test
    void the_dossier_page_its_json_its_parts_and_the_access_export_name_their_dossier() {
        assertThat(lue("/dossiers/ps-2026-0007")).isEqualTo(new LectureSuivie(NatureConsultation.FICHE, "PS-2026-0007", null, null));
        assertThat(lue("/api/dossiers/PS-2026-0007").nature()).isEqualTo(NatureConsultation.FICHE_JSON);
        assertThat(lue("/dossiers/PS-2026-0007/droit-acces.pdf").nature()).isEqualTo(NatureConsultation.DROIT_ACCES_PDF);
        assertThat(lue("/dossiers/PS-2026-0007/droit-acces.json").nature()).isEqualTo(NatureConsultation.DROIT_ACCES_JSON);
        assertThat(lue("/dossiers/PS-2026-0007/visites/12.ics"))
                .isEqualTo(new LectureSuivie(NatureConsultation.FICHE_AUTRE, "PS-2026-0007", null, "visites/12.ics"));
        assertThat(lue("/api/dossiers/PS-2026-0007/lieux-proposes").detail()).isEqualTo("api/lieux-proposes");
    }

    @Test
    void a_task_s_variables_read_by_tasklist_or_the_rest_api_name_the_task() {
        assertThat(lue("/camunda/api/engine/engine/default/task/abc-123/form-variables"))
                .isEqualTo(new LectureSuivie(NatureConsultation.TACHE_TASKLIST, null, "abc-123", null));
        assertThat(lue("/engine-rest/task/abc-123/variables").nature()).isEqualTo(NatureConsultation.TACHE_API);
        assertThat(lue("/engine-rest/task/abc-123/variables/professionnel").tacheId()).isEqualTo("abc-123");
        assertThat(lue("/engine-rest/engine/default/task/abc-123/localVariables").surTache()).isTrue();
        assertThat(lue("/engine-rest/task/abc-123/form-variables").nature()).isEqualTo(NatureConsultation.TACHE_API);
    }

    @Test
    void lists_exports_and_other_addresses_are_not_single_dossier_reads() {
        assertThat(LectureSuivie.de("/dossiers", "/camunda")).isEmpty();
        assertThat(LectureSuivie.de("/api/dossiers/export.csv", "/camunda")).isEmpty();
        assertThat(LectureSuivie.de("/api/dossiers", "/camunda")).isEmpty();
        assertThat(LectureSuivie.de("/engine-rest/task", "/camunda")).isEmpty();
        assertThat(LectureSuivie.de("/engine-rest/task/abc/complete", "/camunda")).isEmpty();
        assertThat(LectureSuivie.de("/camunda/api/engine/engine/default/task/abc/deployed-form", "/camunda")).isEmpty();
        assertThat(LectureSuivie.de("/dossiers/inconnu", "/camunda")).isEmpty();
        assertThat(LectureSuivie.de(null, "/camunda")).isEmpty();
    }
}
