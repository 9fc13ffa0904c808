package fr.territoire.sante.installation.errors;

import java.time.DateTimeException;
import java.util.Optional;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Spring MVC's refusals of a request to our pages and JSON (a parameter of the wrong type or missing, a
 * body that is not JSON, a media type we do not read, an upload too large), in French, naming the
 * parameter but never echoing its value. Asked after the more precise translations, before
 * {@link TraductionCamunda}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 200)
class TraductionWeb implements TraductionErreur {

    @Override
    public Optional<ErreurTraduite> traduire(Throwable erreur) {
        if (erreur instanceof MethodArgumentTypeMismatchException type) {
            return Optional.of(new ErreurTraduite(400, "Paramètre « " + Texte.extrait(type.getName(), 60) + " » invalide."));
        }
        if (erreur instanceof TypeMismatchException type) {
            return Optional.of(new ErreurTraduite(400, type.getPropertyName() == null ? "Paramètre invalide."
                    : "Paramètre « " + Texte.extrait(type.getPropertyName(), 60) + " » invalide."));
        }
        if (erreur instanceof MissingServletRequestParameterException manquant) {
            return Optional.of(new ErreurTraduite(400, "Paramètre « " + Texte.extrait(manquant.getParameterName(), 60) + " » manquant."));
        }
        if (erreur instanceof MissingRequestValueException) {
            return Optional.of(new ErreurTraduite(400, "Une valeur attendue manque dans la requête."));
        }
        if (erreur instanceof BindException liaison) {
            FieldError champ = liaison.getFieldError();
            return Optional.of(new ErreurTraduite(400, champ == null ? "Paramètres invalides."
                    : "Paramètre « " + Texte.extrait(champ.getField(), 60) + " » invalide."));
        }
        if (erreur instanceof HttpMessageNotReadableException illisible) {
            // A body refused while it was read (too large, NUL) keeps its own answer.
            return Causes.trouver(illisible, RequeteRefusee.class).map(RequeteRefusee::reponse)
                    .or(() -> Optional.of(new ErreurTraduite(400, Causes.trouver(illisible, DateTimeException.class).isPresent()
                            ? "Date ou heure invalide : format attendu AAAA-MM-JJ et HH:MM."
                            : "Corps de la requête illisible ou incomplet : un objet JSON valide est attendu.")));
        }
        if (erreur instanceof HttpMediaTypeNotSupportedException) {
            return Optional.of(MessagesHttp.erreur(415));
        }
        if (erreur instanceof MaxUploadSizeExceededException) {
            return Optional.of(new ErreurTraduite(413, "Fichier trop volumineux : 5 Mo au plus."));
        }
        if (erreur instanceof MultipartException) {
            return Optional.of(new ErreurTraduite(400, "Envoi de fichier illisible : recommencez avec un fichier CSV ou XLSX."));
        }
        if (erreur instanceof NoResourceFoundException) {
            return Optional.of(MessagesHttp.erreur(404));
        }
        if (erreur instanceof ErrorResponse reponse && reponse.getStatusCode().is4xxClientError()) {
            return Optional.of(MessagesHttp.erreur(reponse.getStatusCode().value()));
        }
        if (erreur instanceof DateTimeException) {
            return Optional.of(new ErreurTraduite(400, "Date ou heure invalide : format attendu AAAA-MM-JJ et HH:MM."));
        }
        return Optional.empty();
    }
}
