package fr.territoire.sante.installation.subjectaccess;

import fr.territoire.sante.installation.documents.PdfDepuisModele;
import org.springframework.stereotype.Component;

/**
 * The access export as PDF: the Thymeleaf template {@code rgpd/droit-acces-pdf} (XHTML, A4) laid out by
 * openhtmltopdf ({@link PdfDepuisModele}), with an embedded font that draws every name as typed.
 */
@Component
class DroitAccesPdf {

    private final PdfDepuisModele pdf;

    DroitAccesPdf(PdfDepuisModele pdf) {
        this.pdf = pdf;
    }

    byte[] ecrire(DonneesProfessionnel donnees) {
        return pdf.ecrire("rgpd/droit-acces-pdf", "document", DocumentAcces.de(donnees));
    }
}
