package fr.territoire.sante.installation.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first look at every request, before anything reads it: a body over the limit gets 413 (by its
 * announced length, or as soon as a body of unknown length passes it); a JSON body is read once and
 * checked ({@link ControleJson}: JSON, no NUL character, the engine's column sizes); a parameter with a
 * NUL character gets 400. The refusal is French, rendered by {@link PageErreur}. What passes is handed on
 * unchanged (a JSON body from memory).
 */
class GardeRequetes extends OncePerRequestFilter {

    private static final Set<String> AVEC_CORPS = Set.of("POST", "PUT", "PATCH");

    private final long corpsMax;
    private final long envoiMax;

    GardeRequetes(LimitesRequetes limites) {
        this.corpsMax = limites.corpsMax().toBytes();
        this.envoiMax = limites.envoiMax().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain chaine)
            throws ServletException, IOException {
        String type = String.valueOf(requete.getContentType()).toLowerCase(Locale.ROOT);
        boolean envoi = type.startsWith("multipart/");
        long max = envoi ? envoiMax : corpsMax;
        long annonce = requete.getContentLengthLong();
        if (annonce > max) {
            refuser(requete, reponse, trop(max));
            return;
        }
        HttpServletRequest suite = new Limitee(requete, max);
        if (AVEC_CORPS.contains(requete.getMethod()) && type.contains("json") && annonce != 0) {
            byte[] corps;
            try {
                corps = suite.getInputStream().readAllBytes();
            } catch (RequeteRefusee refusee) {
                refuser(requete, reponse, refusee);
                return;
            }
            String chemin = requete.getRequestURI();
            boolean moteur = chemin.startsWith("/engine-rest/") || chemin.startsWith("/camunda/api/engine/");
            Optional<RequeteRefusee> refus = corps.length == 0 ? Optional.empty() : ControleJson.controler(corps, moteur, chemin);
            if (refus.isPresent()) {
                refuser(requete, reponse, refus.get());
                return;
            }
            suite = new Relue(requete, corps);
        }
        Optional<RequeteRefusee> parametre = envoi ? Optional.empty() : parametres(suite);
        if (parametre.isPresent()) {
            refuser(requete, reponse, parametre.get());
            return;
        }
        chaine.doFilter(suite, reponse);
    }

    /** Query and form parameters; a form too large for Tomcat is refused by its length first. */
    private static Optional<RequeteRefusee> parametres(HttpServletRequest requete) {
        Map<String, String[]> parametres;
        try {
            parametres = requete.getParameterMap();
        } catch (IllegalStateException illisibles) {
            return Optional.of(new RequeteRefusee(400, "Paramètres de la requête illisibles."));
        }
        for (Map.Entry<String, String[]> parametre : parametres.entrySet()) {
            if (parametre.getKey().indexOf('\0') >= 0) {
                return Optional.of(new RequeteRefusee(400, "Caractère nul interdit dans un nom de paramètre."));
            }
            for (String valeur : parametre.getValue()) {
                if (valeur != null && valeur.indexOf('\0') >= 0) {
                    return Optional.of(new RequeteRefusee(400, "Caractère nul interdit dans le paramètre « "
                            + Texte.extrait(parametre.getKey(), 60) + " »."));
                }
            }
        }
        return Optional.empty();
    }

    static RequeteRefusee trop(long max) {
        long ko = max / 1024;
        String taille = ko >= 1024 ? (ko / 1024) + " Mo" : ko + " Ko";
        return new RequeteRefusee(413, "Requête trop volumineuse : " + taille + " au plus.");
    }

    private static void refuser(HttpServletRequest requete, HttpServletResponse reponse, RequeteRefusee refus) throws IOException {
        requete.setAttribute(PageErreur.REPONSE, refus.reponse());
        reponse.sendError(refus.reponse().statut());
    }

    /** A request whose body stops with a 413 once it passes the limit (a body of unknown length). */
    private static final class Limitee extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream flux;

        Limitee(HttpServletRequest requete, long max) {
            super(requete);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (flux == null) {
                flux = new FluxLimite(super.getInputStream(), max);
            }
            return flux;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encodage = getCharacterEncoding();
            Charset jeu = encodage == null ? StandardCharsets.UTF_8 : Charset.forName(encodage);
            return new BufferedReader(new InputStreamReader(getInputStream(), jeu));
        }
    }

    private static final class FluxLimite extends ServletInputStream {
        private final ServletInputStream source;
        private final long max;
        private long lus;

        FluxLimite(ServletInputStream source, long max) {
            this.source = source;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int octet = source.read();
            if (octet >= 0) {
                compter(1);
            }
            return octet;
        }

        @Override
        public int read(byte[] tampon, int debut, int longueur) throws IOException {
            int n = source.read(tampon, debut, longueur);
            if (n > 0) {
                compter(n);
            }
            return n;
        }

        private void compter(int n) throws RequeteRefusee {
            lus += n;
            if (lus > max) {
                throw trop(max);
            }
        }

        @Override
        public boolean isFinished() {
            return source.isFinished();
        }

        @Override
        public boolean isReady() {
            return source.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            source.setReadListener(listener);
        }
    }

    /** A request whose JSON body was read once, checked, and is read again from memory. */
    private static final class Relue extends HttpServletRequestWrapper {
        private final byte[] corps;

        Relue(HttpServletRequest requete, byte[] corps) {
            super(requete);
            this.corps = corps;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream memoire = new ByteArrayInputStream(corps);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return memoire.read();
                }

                @Override
                public int read(byte[] tampon, int debut, int longueur) {
                    return memoire.read(tampon, debut, longueur);
                }

                @Override
                public boolean isFinished() {
                    return memoire.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("a JSON body is read synchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encodage = getCharacterEncoding();
            Charset jeu = encodage == null ? StandardCharsets.UTF_8 : Charset.forName(encodage);
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(corps), jeu));
        }

        @Override
        public int getContentLength() {
            return corps.length;
        }

        @Override
        public long getContentLengthLong() {
            return corps.length;
        }
    }
}
