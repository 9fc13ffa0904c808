package fr.territoire.sante.installation.catalogue;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over spring.servlet.multipart's 5 MB: a French 413 instead of a bare error. Not scoped to
 * this package on purpose: the multipart body is parsed before a handler is chosen, so an advice scoped
 * to a controller would never see the exception. The catalogue import is the application's only upload.
 */
@ControllerAdvice
class ImportTropVolumineux {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object refuser(MaxUploadSizeExceededException tropGros, HttpServletRequest request) {
        return ImportExportLieuxController.refus(HttpStatus.PAYLOAD_TOO_LARGE, "Fichier trop volumineux : 5 Mo au plus.",
                request);
    }
}
