package fr.territoire.sante.installation.dossier;

import java.time.Year;
import org.springframework.stereotype.Component;

/** Readable dossier references: PS-2026-0007 is the 7th request of 2026. */
@Component
class References {

    private final CompteurReferenceRepository compteurs;

    References(CompteurReferenceRepository compteurs) {
        this.compteurs = compteurs;
    }

    /** Years up to 2100 have their row already (migration V2); a later year gets one on first use. */
    String next(Year year) {
        CompteurReference compteur = compteurs.lockYear(year.getValue())
                .orElseGet(() -> compteurs.saveAndFlush(new CompteurReference(year.getValue())));
        return String.format("PS-%d-%04d", year.getValue(), compteur.next());
    }
}
