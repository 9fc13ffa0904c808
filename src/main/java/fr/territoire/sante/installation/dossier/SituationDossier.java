package fr.territoire.sante.installation.dossier;

import java.time.Instant;

/**
 * Where a dossier under way stands: its stage, its next deadline (earliest due task or timer of its
 * process) and whether it is late (matching deadline passed, or a task overdue).
 */
public record SituationDossier(String reference, Etape etape, Instant prochaineEcheance, boolean enRetard) {
}
