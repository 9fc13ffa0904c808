package fr.territoire.sante.installation.dossier;

/** A step changed what the store holds for a dossier; published by {@link Journal} with each entry. */
public record DossierModifie(long dossierId) {
}
