package fr.territoire.sante.installation.consent;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierRepository;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the information and consent at intake, and tells the dossier page and the access export. */
@Service
public class Consentements {

    /**
     * The accompaniment is asked for and optional; its data go to the CPTS (an association) and, by
     * choice, to élus: consent fits better than a public-interest mission, and its withdrawal ends the
     * accompaniment (and leads to erasure).
     */
    public static final String BASE_LEGALE = "Consentement (article 6.1.a du RGPD)";

    private final ConsentementRepository consentements;
    private final DossierRepository dossiers;
    private final NoticesInformation notices;

    Consentements(ConsentementRepository consentements, DossierRepository dossiers, NoticesInformation notices) {
        this.consentements = consentements;
        this.dossiers = dossiers;
        this.notices = notices;
    }

    /** What the dossier page and the export show. */
    public record VueConsentement(String versionInformation, String lienNotice, String baseLegale,
            String recueilliPar, Instant recueilliLe) {
    }

    public boolean versionConnue(String version) {
        return notices.existe(version);
    }

    /** In the intake's transaction: the dossier is new, its id already given. */
    public void enregistrer(Dossier dossier, String versionInformation, String recueilliPar, Instant quand) {
        if (!notices.existe(versionInformation)) {
            throw new IllegalArgumentException("Unknown information notice version: " + versionInformation);
        }
        consentements.save(new Consentement(dossier.getId(), versionInformation, BASE_LEGALE, recueilliPar, quand));
    }

    @Transactional(readOnly = true)
    public Optional<VueConsentement> duDossier(Long dossierId) {
        return consentements.findById(dossierId).map(Consentements::vue);
    }

    /** For the dossier page's fragment; empty for an unknown reference or a dossier older than V19. */
    @Transactional(readOnly = true)
    public Optional<VueConsentement> parReference(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        return dossiers.findByReference(reference.trim().toUpperCase(Locale.ROOT)).map(Dossier::getId)
                .flatMap(consentements::findById).map(Consentements::vue);
    }

    private static VueConsentement vue(Consentement c) {
        return new VueConsentement(c.getVersionInformation(), "/rgpd/information/" + c.getVersionInformation(),
                c.getBaseLegale(), c.getRecueilliPar(), c.getRecueilliLe());
    }
}
