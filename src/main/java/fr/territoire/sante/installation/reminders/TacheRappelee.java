package fr.territoire.sante.installation.reminders;

import java.time.Instant;

/** A task as a digest names it: the dossier's reference and the task's name, never the professional. */
record TacheRappelee(String id, String reference, String nom, String cle, Instant creeLe, Instant echeance) {
}
