package fr.territoire.sante.installation.reports;

import fr.territoire.sante.installation.documents.PdfDepuisModele;
import org.springframework.stereotype.Component;

/**
 * The report as PDF: the Thymeleaf template {@code rapports/rapport} (XHTML, A4) laid out by
 * openhtmltopdf ({@link PdfDepuisModele}); {@link SecretStatistique#texte} keeps figures within the
 * fonts' character set.
 */
@Component
class RapportPdf {

    private final PdfDepuisModele pdf;

    RapportPdf(PdfDepuisModele pdf) {
        this.pdf = pdf;
    }

    byte[] ecrire(ContenuRapport contenu) {
        return pdf.ecrire("rapports/rapport", "rapport", contenu);
    }
}
