package fr.territoire.sante.installation.signin;

import fr.territoire.sante.installation.identity.Groups;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is reading a page or an export, and so what it may show (docs/donnees-personnelles.md):
 * identifying data to the staff who accompany the professional (CLS, CPTS) and to administrators;
 * the family and housing details of the CLS interview to the CLS and administrators only;
 * to {@code pilotage}, figures and stages without a name.
 */
public record Lecteur(String userId, Set<String> groups) {

    public static Lecteur of(Authentication authentication) {
        return new Lecteur(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet()));
    }

    /** Name, contact, free texts, the site where they settled. */
    public boolean voitIdentite() {
        return groups.contains(Groups.CLS) || groups.contains(Groups.CPTS) || groups.contains(Groups.ADMIN);
    }

    /** Family situation, housing, spouse's job, schooling and childcare, leisure (the CLS's part). */
    public boolean voitEnvironnementFamilial() {
        return groups.contains(Groups.CLS) || groups.contains(Groups.ADMIN);
    }

    /** Works on dossiers in Tasklist (links to tasks are useful to them). */
    public boolean accompagne() {
        return groups.contains(Groups.CLS) || groups.contains(Groups.CPTS);
    }

    public boolean administre() {
        return groups.contains(Groups.ADMIN);
    }

    public boolean pilote() {
        return groups.contains(Groups.PILOTAGE);
    }
}
