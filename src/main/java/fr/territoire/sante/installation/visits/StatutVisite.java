package fr.territoire.sante.installation.visits;

/** A planned visit is either still planned (perhaps moved) or cancelled; a cancelled visit stays listed. */
public enum StatutVisite {
    PREVUE, ANNULEE
}
