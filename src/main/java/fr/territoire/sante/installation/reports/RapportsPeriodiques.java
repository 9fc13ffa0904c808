package fr.territoire.sante.installation.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.territoire.sante.installation.dashboard.IndicateursTableauDeBord;
import fr.territoire.sante.installation.dashboard.Periode;
import fr.territoire.sante.installation.process.Calendrier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Produces and keeps the periodic reports of stage F for the audiences: the dashboard's figures for the
 * requests received in the period (without the late dossiers, whose references are not for élus and
 * partners), protected by {@link SecretStatistique}, rendered as PDF and XLSX and stored.
 */
@Service
public class RapportsPeriodiques {

    private static final TypeReference<List<FigureRapport>> FIGURES = new TypeReference<>() {
    };

    private final RapportsPeriodiquesDepot depot;
    private final IndicateursTableauDeBord indicateurs;
    private final RapportPdf pdf;
    private final ObjectMapper json;
    private final SecretStatistique secret;
    private final String territoire;

    RapportsPeriodiques(RapportsPeriodiquesDepot depot, IndicateursTableauDeBord indicateurs, RapportPdf pdf, ObjectMapper json,
            @Value("${accompagnement.rapports.seuil:5}") int seuil, @Value("${accompagnement.territoire:}") String territoire) {
        this.depot = depot;
        this.indicateurs = indicateurs;
        this.pdf = pdf;
        this.json = json;
        this.secret = new SecretStatistique(seuil);
        this.territoire = territoire;
    }

    int seuil() {
        return secret.seuil();
    }

    /** Computes the period's figures, renders the PDF and XLSX and stores them; joins the caller's transaction. */
    @Transactional
    public RapportPeriodique produire(Audience audience, LocalDate du, LocalDate au, String par) {
        Instant maintenant = Calendrier.maintenant();
        List<FigureRapport> figures = secret.proteger(indicateurs.calculer(new Periode(du, au, "dates"), maintenant).figures());
        ContenuRapport contenu = new ContenuRapport(territoire, audience, du, au, maintenant, null, figures, secret.seuil());
        return depot.save(new RapportPeriodique(audience, du, au, maintenant, par, ecrireJson(figures), pdf.ecrire(contenu),
                RapportXlsx.ecrire(contenu)));
    }

    /**
     * The sender's word, written into the PDF and XLSX (rendered again from the figures stored at
     * production, so what was read is what is sent). Blank removes it.
     */
    @Transactional
    public RapportPeriodique commenter(Long id, String commentaire) {
        RapportPeriodique rapport = depot.findById(id).orElseThrow(() -> new IllegalArgumentException("no report " + id));
        rapport.commenter(commentaire);
        ContenuRapport contenu = new ContenuRapport(territoire, rapport.getAudience(), rapport.getDu(), rapport.getAu(),
                rapport.getProduitLe(), rapport.getCommentaire(), lireJson(rapport.getFigures()), secret.seuil());
        rapport.remplacerFichiers(pdf.ecrire(contenu), RapportXlsx.ecrire(contenu));
        return rapport;
    }

    @Transactional(readOnly = true)
    public Optional<RapportPeriodique> trouver(Long id) {
        return depot.findById(id);
    }

    /** The {@code n} latest reports, newest first. */
    @Transactional(readOnly = true)
    public List<RapportPeriodique> derniers(int n) {
        return depot.findByOrderByProduitLeDescIdDesc(PageRequest.of(0, n));
    }

    /** The {@code n} latest reports as listed, without their files. */
    @Transactional(readOnly = true)
    public List<RapportResume> resumes(int n) {
        return depot.resumes(PageRequest.of(0, n));
    }

    private String ecrireJson(List<FigureRapport> figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("figures not serialisable", e);
        }
    }

    private List<FigureRapport> lireJson(String figures) {
        try {
            return json.readValue(figures, FIGURES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored figures unreadable", e);
        }
    }
}
