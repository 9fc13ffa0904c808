package fr.territoire.sante.installation.matching;

import java.time.Instant;
import java.util.Optional;

/**
 * What stage C needs to know of the visits planned on the dossier page (implemented by the visits
 * package, which depends on matching, never the other way round).
 */
public interface CalendrierVisites {

    /** When the last visit still planned for the dossier's current round ends; empty when none is planned. */
    Optional<Instant> finDerniereVisite(Long dossierId);

    /** The planned visits as lines ("10/03/2026 14h30–16h00 : site – commune"), for the round's programme. */
    String programme(Long dossierId);
}
