package fr.territoire.sante.installation.subjectaccess;

import fr.territoire.sante.installation.documents.PdfDepuisModele;
import org.springframework.stereotype.Component;

/**
 * The access export as PDF: the Thymeleaf template {@code rgpd/droit-acces-pdf} (XHTML, A4) laid out by
 * openhtmltopdf ({@link PdfDepuisModele}). A character outside Windows-1252 typed in a free text would
 * print as "#" (the JSON keeps it exact).
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
