package fr.territoire.sante.installation.reports;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The report as PDF: the Thymeleaf template {@code rapports/rapport} (XHTML, A4) laid out by
 * openhtmltopdf. Text uses the PDF base-14 fonts (Helvetica), which draw French accents (Windows-1252);
 * {@link SecretStatistique#texte} keeps figures within that set.
 */
@Component
class RapportPdf {

    private final ITemplateEngine thymeleaf;

    RapportPdf(ITemplateEngine thymeleaf) {
        this.thymeleaf = thymeleaf;
    }

    byte[] ecrire(ContenuRapport contenu) {
        Context context = new Context(java.util.Locale.FRANCE);
        context.setVariable("rapport", contenu);
        String html = thymeleaf.process("rapports/rapport", context);
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
