package fr.territoire.sante.installation.catalogue;

import java.util.List;

/**
 * What an import did: sites created, updated, left as they were, and the rows refused, each with the
 * line number a person sees in the spreadsheet (the header is line 1), the site's name as typed and
 * every reason.
 */
public record RapportImport(int crees, int modifies, int inchanges, List<LigneRefusee> refusees) {

    public record LigneRefusee(int ligne, String lieu, List<String> raisons) {
    }
}
