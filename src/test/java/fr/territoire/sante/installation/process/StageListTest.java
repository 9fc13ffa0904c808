package fr.territoire.sante.installation.process;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.dossier.Etape;
import fr.territoire.sante.installation.dossier.Statut;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** The paged list of a stage's dossiers: oldest first, every dossier once, with the stage's total. */
@Order(5)
class StageListTest extends ProcessTest {

    @Autowired
    DossierRepository dossiers;

    @Test
    void pagesListEveryOpenDossierOfTheStageOnceOldestFirst() {
        engine.getIdentityService().setAuthentication(TestStaff.CLS, List.of("cls"));
        List<String> started = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            started.add(new DossierDriver(engine).start().reference());
        }

        long total = dossiers.pageOfStage(Etape.RECUEIL, Statut.EN_COURS, PageRequest.of(0, 2)).getTotalElements();
        assertThat(total).isGreaterThanOrEqualTo(3);
        List<Dossier> all = new ArrayList<>();
        for (int page = 0; page * 2 < total; page++) {
            Page<Dossier> slice = dossiers.pageOfStage(Etape.RECUEIL, Statut.EN_COURS, PageRequest.of(page, 2));
            assertThat(slice.getTotalElements()).isEqualTo(total);
            assertThat(slice.getContent()).hasSizeLessThanOrEqualTo(2);
            all.addAll(slice.getContent());
        }

        assertThat(all).hasSize((int) total).extracting(Dossier::getId).doesNotHaveDuplicates();
        assertThat(all).isSortedAccordingTo(Comparator.comparing(Dossier::getCreeLe).thenComparing(Dossier::getId));
        assertThat(all).allSatisfy(d -> assertThat(d.getEtape()).isEqualTo(Etape.RECUEIL));
        assertThat(all.subList(all.size() - 3, all.size())).extracting(Dossier::getReference).containsExactlyElementsOf(started);
    }
}
