package fr.territoire.sante.installation.errors;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * Everything the application logs while attached (every logger, at the levels configured), counted in
 * bytes as a log file would hold it (message and stack trace), with the entries that contain a marker.
 */
final class CaptureJournal extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final String marqueur;
    private final AtomicLong octets = new AtomicLong();
    private final AtomicLong entrees = new AtomicLong();
    private final List<String> avecMarqueur = new ArrayList<>();
    private final Logger racine;

    private CaptureJournal(String marqueur) {
        this.marqueur = marqueur;
        LoggerContext contexte = (LoggerContext) LoggerFactory.getILoggerFactory();
        this.racine = contexte.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        setContext(contexte);
        setName("capture-journal");
    }

    static CaptureJournal demarrer(String marqueur) {
        CaptureJournal capture = new CaptureJournal(marqueur);
        capture.start();
        capture.racine.addAppender(capture);
        return capture;
    }

    @Override
    protected void append(ILoggingEvent evenement) {
        StringBuilder texte = new StringBuilder(evenement.getLoggerName()).append(' ').append(evenement.getFormattedMessage());
        IThrowableProxy erreur = evenement.getThrowableProxy();
        if (erreur != null) {
            texte.append('\n').append(ThrowableProxyUtil.asString(erreur));
        }
        octets.addAndGet(texte.toString().getBytes(StandardCharsets.UTF_8).length + 40L); // + date, level, thread
        entrees.incrementAndGet();
        if (texte.indexOf(marqueur) >= 0) {
            synchronized (avecMarqueur) {
                if (avecMarqueur.size() < 5) {
                    avecMarqueur.add(texte.substring(0, Math.min(texte.length(), 600)));
                }
            }
        }
    }

    long octets() {
        return octets.get();
    }

    long entrees() {
        return entrees.get();
    }

    List<String> avecMarqueur() {
        synchronized (avecMarqueur) {
            return List.copyOf(avecMarqueur);
        }
    }

    @Override
    public void close() {
        racine.detachAppender(this);
        stop();
    }
}
