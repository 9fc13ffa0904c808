package fr.territoire.sante.installation.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SaisieEffacementTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 12, 6);

    @Test
    void acceptsTheReferenceRetypedInAnyCaseAPastDayAndAReasonFromTheList() {
        var verdict = new SaisieEffacement(" ps-2026-0042 ", "2026-12-01", "OPPOSITION").verifier("PS-2026-0042", AUJOURDHUI);
        assertThat(verdict.valide()).isTrue();
        assertThat(verdict.jour()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(verdict.motifChoisi()).isEqualTo(MotifEffacement.OPPOSITION);
    }

    @Test
    void namesEachFieldToCorrectInFrench() {
        var verdict = new SaisieEffacement("PS-2026-0041", "2026-12-07", "DUREE_CONSERVATION_ECHUE").verifier("PS-2026-0042", AUJOURDHUI);
        assertThat(verdict.erreurs()).extracting(SaisieEffacement.Erreur::champ).containsExactly("reference", "demandeLe", "motif");
        assertThat(verdict.erreurs()).extracting(SaisieEffacement.Erreur::message).containsExactly(
                "La référence saisie ne correspond pas à celle du dossier (PS-2026-0042).",
                "La date de la demande ne peut pas être dans le futur.",
                "Choisissez le motif de la demande parmi ceux proposés.");
    }

    @Test
    void refusesMissingAndMalformedValuesWithoutThrowing() {
        assertThat(new SaisieEffacement(null, null, null).verifier("PS-2026-0042", AUJOURDHUI).erreurs()).hasSize(3);
        assertThat(new SaisieEffacement("PS-2026-0042", "06/12/2026\u0000", "OPPOSITION").verifier("PS-2026-0042", AUJOURDHUI).erreurs())
                .extracting(SaisieEffacement.Erreur::message).containsExactly("La date de la demande n'est pas une date valide (jj/mm/aaaa).");
    }
}
