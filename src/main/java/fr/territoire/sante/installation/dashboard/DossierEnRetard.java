package fr.territoire.sante.installation.dashboard;

import java.time.LocalDate;

/** A late dossier as the dashboard lists it: its reference only (no name), its stage and what is due. */
public record DossierEnRetard(String reference, String etape, LocalDate echeance /* null: flagged late by the matching deadline */) {
}
