package fr.territoire.sante.installation.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.territoire.sante.installation.process.ProcessTest;
import fr.territoire.sante.installation.reporting.FiltreParametres.ParametreInvalide;
import fr.territoire.sante.installation.reporting.Libelles;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every dashboard figure on a fixture of eight dossiers requested around 2011 (a year no other test
 * uses), against values worked out by hand from this table (times all 10:00 UTC, so days are exact):
 *
 * | ref     | profession | source | request    | interview  | matching   | visits | hot debrief | cold debrief | status   | settled in |
 * | TDB-1   | infirmier  | ars    | 2011-01-10 | 2011-01-20 | 2011-01-25 | 2      | 2011-02-04  | 2011-02-08   | TERMINE  | Valbourg   |
 * | TDB-2   | infirmier  | cpam   | 2011-02-01 | 2011-02-11 | 2011-02-26 | 1      | 2011-03-08  | 2011-03-18   | EN_COURS | Aubigny    |
 * | TDB-3   | sage-femme | ars    | 2011-03-01 | 2011-03-05 | 2011-03-10 | 0      |             |              | ARRETE   |            |
 * | TDB-4   | médecin g. | elus   | 2011-04-01 | 2011-04-21 |            | 0      |             |              | EN_COURS (flagged late) |
 * | TDB-5   | médecin g. | ars    | 2011-05-01 |            |            | 0      |             |              | EN_COURS (due 2011-05-10) |
 * | TDB-6   | infirmier  | ars    | 2011-06-01 | 2011-06-03 | 2011-06-10 | 3      | 2011-06-20  | 2011-06-30   | TERMINE  |            |
 * | TDB-7   | infirmier  | ars    | 2010-06-01 (before the period)                                                     |
 * | TDB-8   | infirmier  | ars    | 2011-12-31 23:30 UTC = 1 January 2012 in Paris (after the period)                 |
 *
 * Follow-ups: TDB-1 settled at 3 and 6 months in Valbourg-TDB; TDB-2 settled at 3 months in Aubigny-TDB
 * and still searching at 6; TDB-6's 3-month call not made.
 */
class IndicateursTableauDeBordTest extends ProcessTest {

    private static final Periode ANNEE_2011 = Periode.lire("dates", "2011-01-01", "2011-12-31", LocalDate.of(2026, 12, 6));
    private static final Instant MAINTENANT = Instant.parse("2026-12-06T09:00:00Z");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IndicateursTableauDeBord indicateurs;
    @Autowired
    Libelles libelles;

    @BeforeEach
    void fixture() {
        if (jdbc.queryForObject("select count(*) from dossier where reference = 'TDB-1'", Long.class) > 0) {
            return;
        }
        ligne("TDB-1", "infirmier", "ars", "2011-01-10", "2011-01-20", "2011-01-25", 2, "2011-02-04", "2011-02-08", "TERMINE", "Valbourg-TDB", false, null);
        ligne("TDB-2", "infirmier", "cpam", "2011-02-01", "2011-02-11", "2011-02-26", 1, "2011-03-08", "2011-03-18", "EN_COURS", "Aubigny-TDB", false, null);
        ligne("TDB-3", "sage-femme", "ars", "2011-03-01", "2011-03-05", "2011-03-10", 0, null, null, "ARRETE", null, false, null);
        ligne("TDB-4", "medecin-generaliste", "elus", "2011-04-01", "2011-04-21", null, 0, null, null, "EN_COURS", null, true, null);
        ligne("TDB-5", "medecin-generaliste", "ars", "2011-05-01", null, null, 0, null, null, "EN_COURS", null, false, "2011-05-10");
        ligne("TDB-6", "infirmier", "ars", "2011-06-01", "2011-06-03", "2011-06-10", 3, "2011-06-20", "2011-06-30", "TERMINE", null, false, null);
        ligne("TDB-7", "infirmier", "ars", "2010-06-01", null, null, 0, null, null, "EN_COURS", null, false, null);
        ligneA("TDB-8", "infirmier", "ars", Instant.parse("2011-12-31T23:30:00Z"));
        suivi("TDB-1", 3, "installe", "Valbourg-TDB");
        suivi("TDB-1", 6, "installe", "Valbourg-TDB");
        suivi("TDB-2", 3, "installe", "Aubigny-TDB");
        suivi("TDB-2", 6, "recherche", null);
        jdbc.update("insert into suivi (dossier_id, mois, prevu_le) values ((select id from dossier where reference = 'TDB-6'), 3, ?)",
                jour("2011-09-30"));
        Timestamp le = jour("2011-01-01");
        jdbc.update("""
                insert into lieu_exercice (cle, nom, type, commune, intercommunalite, equipe_pluriprofessionnelle,
                    locaux_disponibles, archive, cree_le, modifie_le)
                values ('msp|valbourg-tdb', 'MSP', 'MSP', 'Valbourg-TDB', 'CC des Collines', true, false, false, ?, ?)""", le, le);
    }

    @Test
    void funnelCountsTheDossiersOfThePeriodThatReachedEachStep() {
        TableauDeBord tableau = calculer();
        assertThat(tableau.demandes()).isEqualTo(6);
        assertThat(valeurs(tableau, "entonnoir")).containsExactly(
                "Demandes reçues=6", "Entretiens réalisés=5", "Croisements réalisés=4", "Visites réalisées=3",
                "Débriefs à froid=3", "Installations=2");
    }

    @Test
    void breakdownsByProfessionSourceAndCommuneBiggestFirst() {
        TableauDeBord tableau = calculer();
        Libelles.Options options = libelles.options();
        assertThat(valeurs(tableau, "professions")).containsExactly(options.profession("infirmier") + "=3",
                options.profession("medecin-generaliste") + "=2", options.profession("sage-femme") + "=1");
        assertThat(valeurs(tableau, "origines")).containsExactly(options.origine("ars") + "=4",
                options.origine("cpam") + "=1", options.origine("elus") + "=1");
        assertThat(valeurs(tableau, "communes")).containsExactly("Non renseignée=4", "Aubigny-TDB=1", "Valbourg-TDB=1");
    }

    @Test
    void delaysGiveMedianMeanAndHowManyDossiersWereMeasured() {
        assertThat(valeurs(calculer(), "delais")).containsExactly(
                "Demande → entretien réalisé=10.0/9.2/5",
                "Entretien → croisement réalisé=6.0/8.0/4",
                "Croisement → visites (débrief à chaud)=10.0/10.0/3",
                "Débrief à chaud → débrief à froid=10.0/8.0/3");
    }

    @Test
    void shareOfMatchingsDoneWithinTheProtocolsTenDays() {
        Figure figure = calculer().figure("croisement-10-jours").orElseThrow();
        assertThat(valeurs(figure)).containsExactly("Dans les 10 jours=3", "Au-delà de 10 jours=1");
        assertThat(figure.explication()).contains("75 % dans les 10 jours");
    }

    @Test
    void visitsPerDossierAndOutcomes() {
        TableauDeBord tableau = calculer();
        assertThat(valeurs(tableau, "visites")).containsExactly("Aucune visite=1", "1 visite=1", "2 visites=1", "3 visites ou plus=1");
        assertThat(tableau.figure("visites").orElseThrow().explication()).contains("En moyenne 1,5 visite(s)");
        assertThat(valeurs(tableau, "issues")).containsExactly(
                "En cours=2", "Installés=2", "Terminés sans installation=1", "Arrêtés=1");
    }

    @Test
    void settlementsAtThreeSixAndTwelveMonthsByCommuneWithItsIntercommunalite() {
        assertThat(valeurs(calculer(), "installations")).containsExactly(
                "Aubigny-TDB=1/0/0", "Valbourg-TDB (CC des Collines)=1/1/0");
    }

    @Test
    void lateDossiersAreTodaysWhateverThePeriodNamedByReferenceOnly() {
        TableauDeBord tableau = calculer();
        assertThat(tableau.retards()).extracting(DossierEnRetard::reference).contains("TDB-4", "TDB-5");
        assertThat(tableau.retards()).filteredOn(d -> d.reference().equals("TDB-5")).singleElement()
                .extracting(DossierEnRetard::echeance).isEqualTo(LocalDate.of(2011, 5, 10));
        assertThat(tableau.retardsTotal()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void csvHoldsTheFiguresValuesWithFrenchDecimals() {
        TableauDeBord tableau = calculer();
        String csv = new String(CsvFigure.ecrire(tableau.figure("delais").orElseThrow(), tableau.periode()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFDélais entre les étapes (en jours) – du 01/01/2011 au 31/12/2011;Médiane (jours);Moyenne (jours);Dossiers mesurés");
        assertThat(csv).contains("Demande → entretien réalisé;10;9,2;5");
    }

    @Test
    void aPeriodWithoutRequestsGivesZerosAndNoDelay() {
        TableauDeBord vide = indicateurs.calculer(Periode.lire("dates", "2001-01-01", "2001-12-31", LocalDate.of(2026, 12, 6)), MAINTENANT);
        assertThat(vide.demandes()).isZero();
        assertThat(vide.figures()).allMatch(Figure::vide);
        assertThat(valeurs(vide, "delais")).first().isEqualTo("Demande → entretien réalisé=null/null/0");
        assertThat(vide.figure("delais").orElseThrow().lignes().get(0).textes()).containsExactly("–", "–", "0");
        assertThat(vide.figure("croisement-10-jours").orElseThrow().explication()).contains("aucun croisement mesuré");
    }

    @Test
    void periodsAreReadOrRefusedInFrench() {
        LocalDate aujourdhui = LocalDate.of(2026, 12, 6);
        assertThat(Periode.lire(null, null, null, aujourdhui)).isEqualTo(new Periode(LocalDate.of(2025, 12, 7), aujourdhui, "12-mois"));
        assertThat(Periode.lire("trimestre", null, null, aujourdhui).du()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Periode.lire("annee", null, null, aujourdhui).du()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Periode.lire(null, "2026-02-01", "2026-02-28", aujourdhui).choix()).isEqualTo("dates");
        assertThatThrownBy(() -> Periode.lire("semaine", null, null, aujourdhui)).isInstanceOf(ParametreInvalide.class)
                .hasMessage("Période « semaine » inconnue.");
        assertThatThrownBy(() -> Periode.lire("dates", "2026-03-01", "2026-02-01", aujourdhui)).isInstanceOf(ParametreInvalide.class)
                .hasMessageContaining("précède");
        assertThatThrownBy(() -> Periode.lire("dates", "01/02/2026", "2026-02-01", aujourdhui)).isInstanceOf(ParametreInvalide.class)
                .hasMessageContaining("illisible");
    }

    private TableauDeBord calculer() {
        return indicateurs.calculer(ANNEE_2011, MAINTENANT);
    }

    private static List<String> valeurs(TableauDeBord tableau, String figure) {
        return valeurs(tableau.figure(figure).orElseThrow());
    }

    /** "label=v1/v2": numbers as Java prints them, so that 10 and 10.0 are told apart. */
    private static List<String> valeurs(Figure figure) {
        return figure.lignes().stream().map(ligne -> ligne.libelle() + "=" + String.join("/",
                ligne.valeurs().stream().map(String::valueOf).toList())).toList();
    }

    private void ligne(String reference, String profession, String origine, String demande, String entretien,
            String croisement, int visites, String debriefChaud, String debriefFroid, String statut, String commune,
            boolean retard, String echeance) {
        ligneA(reference, profession, origine, Instant.parse(demande + "T10:00:00Z"));
        jdbc.update("""
                update ligne_reporting set entretien_realise_le = ?, croisement_le = ?, visites = ?, debrief_chaud_le = ?,
                    debrief_froid_le = ?, statut = ?, etape = ?, lieu_installation = ?, commune = ?, en_retard = ?,
                    prochaine_echeance = ?
                where reference = ?""", jour(entretien), jour(croisement), visites, jour(debriefChaud), jour(debriefFroid),
                statut, "EN_COURS".equals(statut) ? "CROISEMENT" : "CLOS", commune == null ? null : "Cabinet " + commune,
                commune, retard, jour(echeance), reference);
    }

    private void ligneA(String reference, String profession, String origine, Instant demande) {
        Timestamp le = Timestamp.from(demande);
        jdbc.update("""
                insert into dossier (reference, etape, statut, en_retard, cree_le, modifie_le, prenom, nom, email, telephone,
                    profession, origine_demande, situation_actuelle, horizon, consentement_le)
                values (?, 'RECUEIL', 'EN_COURS', false, ?, ?, 'Prénom', 'Fictif', 'fixture@exemple.invalid', '06 00 00 00 00',
                    ?, ?, 'Fixture', 'moyen', ?)""", reference, le, le, profession, origine, le);
        jdbc.update("""
                insert into ligne_reporting (dossier_id, reference, professionnel, recherche, profession, origine_demande,
                    demande_le, croisements, visites, suivis_realises, etape, statut, en_retard)
                select id, reference, 'Prénom Fictif', lower(reference), profession, origine_demande, cree_le, 0, 0, 0,
                    'RECUEIL', 'EN_COURS', false
                from dossier where reference = ?""", reference);
    }

    private void suivi(String reference, int mois, String situation, String commune) {
        jdbc.update("""
                insert into suivi (dossier_id, mois, prevu_le, realise_le, situation, commune)
                values ((select id from dossier where reference = ?), ?, ?, ?, ?, ?)""",
                reference, mois, jour("2011-09-30"), jour("2011-10-01"), situation, commune);
    }

    private static Timestamp jour(String jour) {
        return jour == null ? null : Timestamp.from(Instant.parse(jour + "T10:00:00Z"));
    }
}
