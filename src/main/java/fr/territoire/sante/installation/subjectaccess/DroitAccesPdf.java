package fr.territoire.sante.installation.subjectaccess;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The access export as PDF: the Thymeleaf template {@code rgpd/droit-acces-pdf} (XHTML, A4) laid out by
 * openhtmltopdf, as {@code reports.RapportPdf} does. Helvetica (base-14) draws French accents; a
 * character outside Windows-1252 typed in a free text would print as "#" (the JSON keeps it exact).
 */
@Component
class DroitAccesPdf {

    private final ITemplateEngine thymeleaf;

    DroitAccesPdf(ITemplateEngine thymeleaf) {
        this.thymeleaf = thymeleaf;
    }

    byte[] ecrire(DonneesProfessionnel donnees) {
        Context context = new Context(Locale.FRANCE);
        context.setVariable("document", DocumentAcces.de(donnees));
        String html = thymeleaf.process("rgpd/droit-acces-pdf", context);
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(sortie);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sortie.toByteArray();
    }
}
