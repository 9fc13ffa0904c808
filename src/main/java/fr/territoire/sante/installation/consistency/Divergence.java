package fr.territoire.sante.installation.consistency;

/**
 * One disagreement about one dossier: what the store says and what the engine says. Names the dossier
 * by its reference (or the engine's instance id) and stages, tasks and dates only, never a person.
 */
public record Divergence(TypeDivergence type, String reference, String magasin, String moteur) {
}
