package fr.territoire.sante.installation.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A PDF from one of our Thymeleaf templates (XHTML, A4), laid out by openhtmltopdf: stage F's reports and
 * the right-of-access export. Text uses the PDF base-14 fonts (Helvetica), which draw French accents
 * (Windows-1252); a character outside that set prints as "#".
 */
@Component
public class PdfDepuisModele {

    private final ITemplateEngine thymeleaf;

    PdfDepuisModele(ITemplateEngine thymeleaf) {
        this.thymeleaf = thymeleaf;
    }

    /** The template rendered with one model variable, then laid out as PDF. */
    public byte[] ecrire(String modele, String nomVariable, Object valeur) {
        Context context = new Context(Locale.FRANCE);
        context.setVariable(nomVariable, valeur);
        String html = thymeleaf.process(modele, context);
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
