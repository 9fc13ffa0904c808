package fr.territoire.sante.installation.ranking;

import java.util.List;
import org.springframework.stereotype.Service;

/** Ranks the catalogue's practice sites for one dossier from what its interview recorded. */
@Service
public class ClassementLieux {

    /** Reads the dossier's interview and the catalogue; no engine history written. */
    public Classement classer(Long dossierId) {
        // Placeholder so that the matching form can be built against this API; replaced by the real ranking.
        return new Classement(List.of(), List.of(), "");
    }
}
