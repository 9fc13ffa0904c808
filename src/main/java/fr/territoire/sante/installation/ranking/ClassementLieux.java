package fr.territoire.sante.installation.ranking;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.interview.EntretienRepository;
import fr.territoire.sante.installation.process.Calendrier;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks the catalogue's practice sites for one dossier from what its interview recorded, with the rules
 * of the deployed decision table {@code classement-lieux} (bpmn/classement-lieux.dmn).
 */
@Service
public class ClassementLieux {

    private final DossierRepository dossiers;
    private final EntretienRepository entretiens;
    private final LectureCatalogue catalogue;
    private final ReglesDeployees regles;

    ClassementLieux(DossierRepository dossiers, EntretienRepository entretiens, LectureCatalogue catalogue,
            ReglesDeployees regles) {
        this.dossiers = dossiers;
        this.entretiens = entretiens;
        this.catalogue = catalogue;
        this.regles = regles;
    }

    /**
     * Reads the dossier's interview and the catalogue; no engine history written.
     *
     * @throws NoSuchElementException when no dossier has this id
     */
    @Transactional(readOnly = true)
    public Classement classer(Long dossierId) {
        Dossier dossier = dossiers.findById(dossierId)
                .orElseThrow(() -> new NoSuchElementException("No dossier " + dossierId));
        String profession = dossier.getProfessionnel() == null ? null : dossier.getProfessionnel().getProfession();
        Criteres criteres = Criteres.de(profession, entretiens.findByDossierId(dossierId).orElse(null));
        List<AideProche> aides = criteres.besoinsFamille().isEmpty() ? List.of()
                : catalogue.aidesFamilleValides(Calendrier.aujourdhui());
        List<BesoinOuvert> besoins = profession == null ? List.of() : catalogue.besoinsOuverts(profession);
        return Classeur.classer(criteres, catalogue.lieuxActifs(), new Voisinage(profession, aides, besoins),
                regles.actuelles());
    }
}
