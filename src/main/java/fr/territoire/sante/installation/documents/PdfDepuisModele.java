package fr.territoire.sante.installation.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
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
 * the right-of-access export. Text is set in DejaVu Sans, embedded (only the glyphs used), because the
 * PDF base-14 fonts draw Windows-1252 alone: a professional named Łucja or Ștefan would read "#" instead.
 * Templates ask for {@value #FAMILLE}.
 */
@Component
public class PdfDepuisModele {

    static final String FAMILLE = "DejaVu Sans";
    private static final String POLICES = "/net/sf/jasperreports/fonts/dejavu/";

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
            police(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
            police(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
            police(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
            police(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
            builder.withHtmlContent(html, null);
            builder.toStream(sortie);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sortie.toByteArray();
    }

    /** One face of the family, read from the classpath only if the document uses it. */
    private static void police(PdfRendererBuilder builder, String fichier, int graisse, FontStyle style) {
        builder.useFont(() -> {
            var flux = PdfDepuisModele.class.getResourceAsStream(POLICES + fichier);
            if (flux == null) {
                throw new IllegalStateException("Font missing from the classpath: " + POLICES + fichier);
            }
            return flux;
        }, FAMILLE, graisse, style, true);
    }
}
