package fr.territoire.sante.installation.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.territoire.sante.installation.dossier.Etape;
import fr.territoire.sante.installation.process.ProcessTest;
import fr.territoire.sante.installation.signin.Lecteur;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The table's filters, sorts, search and pages on a fixture of eight dossiers whose expected answers
 * were worked out by hand (see the table in {@link #fixture()}). Every query also filters on the
 * fixture's own source of request, so dossiers other tests create never interfere.
 */
class TableauReportingTest extends ProcessTest {

    private static final String ORIGINE = "fixture-tableau";
    private static final Lecteur CLS = new Lecteur("cls1", Set.of("cls"));
    private static final Lecteur PILOTAGE = new Lecteur("pilotage1", Set.of("pilotage"));

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TableauReporting tableau;
    @Autowired
    LignesReporting lignes;

    /**
     * | ref     | name            | profession  | requested  | stage      | status   | late | commune    |
     * | TB-0001 | Alice Dupré     | infirmier   | 2026-01-10 | RECUEIL    | EN_COURS | no   | –          |
     * | TB-0002 | Bruno Martel    | sage-femme  | 2026-02-15 | CROISEMENT | EN_COURS | yes  | –          |
     * | TB-0003 | Chloé Dupont    | infirmier   | 2026-03-20 | CROISEMENT | EN_COURS | no   | –          |
     * | TB-0004 | Denis Aubert    | pharmacien  | 2026-04-05 | CLOS       | TERMINE  | no   | Valbourg   |
     * | TB-0005 | Emma Roux       | infirmier   | 2026-05-30 | CLOS       | ARRETE   | no   | –          |
     * | TB-0006 | Farid Benali    | sage-femme  | 2026-06-01 | SUIVI      | EN_COURS | yes  | Valcourt   |
     * | TB-0007 | Gaëlle Fournier | orthophon.  | 2026-07-14 | ENTRETIEN  | EN_COURS | no   | –          |
     * | TB-0008 | Hugo Lemaire    | infirmier   | 2026-08-01 | CLOS       | TERMINE  | no   | Aubigny    |
     */
    @BeforeEach
    void fixture() {
        if (jdbc.queryForObject("select count(*) from dossier where origine_demande = ?", Long.class, ORIGINE) > 0) {
            return;
        }
        dossier("TB-0001", "Alice", "Dupré", "infirmier", "2026-01-10", Etape.RECUEIL, "EN_COURS", false, null);
        dossier("TB-0002", "Bruno", "Martel", "sage-femme", "2026-02-15", Etape.CROISEMENT, "EN_COURS", true, null);
        dossier("TB-0003", "Chloé", "Dupont", "infirmier", "2026-03-20", Etape.CROISEMENT, "EN_COURS", false, null);
        dossier("TB-0004", "Denis", "Aubert", "pharmacien", "2026-04-05", Etape.CLOS, "TERMINE", false, "Valbourg");
        dossier("TB-0005", "Emma", "Roux", "infirmier", "2026-05-30", Etape.CLOS, "ARRETE", false, null);
        dossier("TB-0006", "Farid", "Benali", "sage-femme", "2026-06-01", Etape.SUIVI, "EN_COURS", true, "Valcourt");
        dossier("TB-0007", "Gaëlle", "Fournier", "orthophoniste", "2026-07-14", Etape.ENTRETIEN, "EN_COURS", false, null);
        dossier("TB-0008", "Hugo", "Lemaire", "infirmier", "2026-08-01", Etape.CLOS, "TERMINE", false, "Aubigny");
        lignes.fillMissingRows();
    }

    @Test
    void listsNewestRequestFirstByDefault() {
        assertThat(references(filtre(null, null, null, null, null, false, Filtre.Ouverture.TOUS, null), TableauReporting.Tri.parDefaut(), CLS))
                .containsExactly("TB-0008", "TB-0007", "TB-0006", "TB-0005", "TB-0004", "TB-0003", "TB-0002", "TB-0001");
    }

    @Test
    void filtersByStageProfessionOpennessAndLateness() {
        assertThat(references(filtre(Etape.CROISEMENT, null, null, null, null, false, Filtre.Ouverture.TOUS, null), parReference(), CLS))
                .containsExactly("TB-0002", "TB-0003");
        assertThat(references(filtre(null, "infirmier", null, null, null, false, Filtre.Ouverture.EN_COURS, null), parReference(), CLS))
                .containsExactly("TB-0001", "TB-0003");
        assertThat(references(filtre(null, null, null, null, null, false, Filtre.Ouverture.CLOS, null), parReference(), CLS))
                .containsExactly("TB-0004", "TB-0005", "TB-0008");
        assertThat(references(filtre(null, null, null, null, null, true, Filtre.Ouverture.TOUS, null), parReference(), CLS))
                .containsExactly("TB-0002", "TB-0006");
    }

    @Test
    void filtersByCommunePrefixAndPeriodOfRequest() {
        assertThat(references(filtre(null, null, "val", null, null, false, Filtre.Ouverture.TOUS, null), parReference(), CLS))
                .containsExactly("TB-0004", "TB-0006");
        assertThat(references(filtre(null, null, null, LocalDate.parse("2026-03-20"), LocalDate.parse("2026-06-01"), false,
                Filtre.Ouverture.TOUS, null), parReference(), CLS))
                .containsExactly("TB-0003", "TB-0004", "TB-0005", "TB-0006");
    }

    @Test
    void searchFindsNamesForStaffAndOnlyReferencesForPilotage() {
        Filtre dup = filtre(null, null, null, null, null, false, Filtre.Ouverture.TOUS, "DUP");
        assertThat(references(dup, parReference(), CLS)).containsExactly("TB-0001", "TB-0003");
        assertThat(references(dup, parReference(), PILOTAGE)).isEmpty();
        assertThat(references(filtre(null, null, null, null, null, false, Filtre.Ouverture.TOUS, "tb-0003"), parReference(), PILOTAGE))
                .containsExactly("TB-0003");
        // A LIKE wildcard typed by a user is taken literally.
        assertThat(references(filtre(null, null, null, null, null, false, Filtre.Ouverture.TOUS, "%"), parReference(), CLS)).isEmpty();
    }

    @Test
    void sortsOnAnyColumnBothWaysWithEmptyValuesLast() {
        Filtre tous = filtre(null, null, null, null, null, false, Filtre.Ouverture.TOUS, null);
        assertThat(references(tous, new TableauReporting.Tri(Colonne.PROFESSIONNEL, true), CLS))
                .containsExactly("TB-0001", "TB-0002", "TB-0003", "TB-0004", "TB-0005", "TB-0006", "TB-0007", "TB-0008");
        assertThat(references(tous, new TableauReporting.Tri(Colonne.COMMUNE, true), CLS))
                .containsExactly("TB-0008", "TB-0004", "TB-0006", "TB-0001", "TB-0002", "TB-0003", "TB-0005", "TB-0007");
        // Going down, empty values come first (the order of an index read backwards).
        assertThat(references(tous, new TableauReporting.Tri(Colonne.COMMUNE, false), CLS))
                .containsExactly("TB-0007", "TB-0005", "TB-0003", "TB-0002", "TB-0001", "TB-0006", "TB-0004", "TB-0008");
        assertThat(references(tous, new TableauReporting.Tri(Colonne.RETARD, false), CLS))
                .startsWith("TB-0002", "TB-0006");
        for (Colonne colonne : Colonne.values()) {
            assertThat(references(tous, new TableauReporting.Tri(colonne, true), CLS)).as(colonne.name()).hasSize(8);
            if (!colonne.identifiante()) {
                assertThat(references(tous, new TableauReporting.Tri(colonne, false), PILOTAGE)).as(colonne.name()).hasSize(8);
            }
        }
    }

    @Test
    void pilotageCannotSortByNames() {
        assertThatThrownBy(() -> tableau.page(filtre(null, null, null, null, null, false, Filtre.Ouverture.TOUS, null),
                new TableauReporting.Tri(Colonne.PROFESSIONNEL, true), 1, PILOTAGE))
                .isInstanceOf(FiltreParametres.ParametreInvalide.class).hasMessageContaining("Tri indisponible");
    }

    @Test
    void pilotageRowsCarryNoIdentifyingValue() {
        List<LigneTableau> rows = tableau.page(filtre(null, null, null, null, null, false, Filtre.Ouverture.TOUS, null),
                parReference(), 1, PILOTAGE).lignes();
        assertThat(rows).hasSize(8).allSatisfy(row -> {
            assertThat(row.professionnel()).isNull();
            assertThat(row.specialite()).isNull();
            assertThat(row.lieuInstallation()).isNull();
            assertThat(row.motifArret()).isNull();
        });
        assertThat(rows.get(3).issue()).isEqualTo("Installé·e");
        assertThat(rows.get(3).commune()).isEqualTo("Valbourg");
    }

    @Test
    void pagesHoldFiftyRowsAndCountTheWhole() {
        for (int i = 0; i < 120; i++) {
            String reference = String.format("TP-%04d", i);
            if (jdbc.queryForObject("select count(*) from dossier where reference = ?", Long.class, reference) == 0) {
                dossier(reference, "Paul", "Page" + i, "infirmier", "2025-01-01", Etape.RECUEIL, "EN_COURS", false, null, "fixture-pages");
            }
        }
        lignes.fillMissingRows();
        Filtre pages = new Filtre(null, null, "fixture-pages", null, null, null, false, Filtre.Ouverture.TOUS, null);
        TableauReporting.Page troisieme = tableau.page(pages, parReference(), 3, CLS);
        assertThat(troisieme.total()).isEqualTo(120);
        assertThat(troisieme.nombreDePages()).isEqualTo(3);
        assertThat(troisieme.lignes()).hasSize(20);
        assertThat(troisieme.lignes().get(0).reference()).isEqualTo("TP-0100");
    }

    private List<String> references(Filtre filtre, TableauReporting.Tri tri, Lecteur lecteur) {
        return tableau.page(filtre, tri, 1, lecteur).lignes().stream().map(LigneTableau::reference).toList();
    }

    private static TableauReporting.Tri parReference() {
        return new TableauReporting.Tri(Colonne.REFERENCE, true);
    }

    private static Filtre filtre(Etape etape, String profession, String commune, LocalDate du, LocalDate au,
            boolean retard, Filtre.Ouverture ouverture, String recherche) {
        return new Filtre(etape, profession, ORIGINE, commune, du, au, retard, ouverture, recherche);
    }

    private void dossier(String reference, String prenom, String nom, String profession, String jour, Etape etape,
            String statut, boolean retard, String commune) {
        dossier(reference, prenom, nom, profession, jour, etape, statut, retard, commune, ORIGINE);
    }

    private void dossier(String reference, String prenom, String nom, String profession, String jour, Etape etape,
            String statut, boolean retard, String commune, String origine) {
        Timestamp le = Timestamp.from(Instant.parse(jour + "T10:00:00Z"));
        jdbc.update("""
                insert into dossier (reference, etape, statut, en_retard, cree_le, modifie_le, prenom, nom, email, telephone,
                    profession, origine_demande, situation_actuelle, horizon, consentement_le, commune_installation,
                    lieu_installation, clos_le)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'fixture@exemple.invalid', '06 00 00 00 00', ?, ?, 'Fixture', 'moyen', ?, ?, ?, ?)
                """, reference, etape.name(), statut, retard, le, le, prenom, nom, profession, origine, le, commune,
                commune == null ? null : "Maison de santé " + commune, "EN_COURS".equals(statut) ? null : le);
    }
}
