package fr.territoire.sante.installation.process;

import fr.territoire.sante.installation.catalogue.LieuExercice;
import fr.territoire.sante.installation.catalogue.LieuExerciceRepository;
import fr.territoire.sante.installation.catalogue.LieuxExercice;
import fr.territoire.sante.installation.catalogue.SaisieLieu;
import java.util.function.Function;
import org.springframework.beans.factory.BeanFactory;

/**
 * Fictional catalogue sites for the tests that drive a matching: "Nom – Commune" found in the catalogue,
 * or created there as a group practice seeking general practitioners (the driver's dossier profession).
 */
public final class SitesDeTest {

    static final String COMMUNE_PAR_DEFAUT = "Bourg-Fictif";

    private SitesDeTest() {
    }

    public static Function<String, Long> dans(BeanFactory context) {
        LieuxExercice lieux = context.getBean(LieuxExercice.class);
        LieuExerciceRepository repository = context.getBean(LieuExerciceRepository.class);
        return label -> {
            int tiret = label.indexOf(" – ");
            String nom = tiret < 0 ? label.trim() : label.substring(0, tiret).trim();
            String commune = tiret < 0 ? COMMUNE_PAR_DEFAUT : label.substring(tiret + 3).trim();
            return repository.findByCle(LieuExercice.cle(nom, commune)).map(LieuExercice::getId).orElseGet(() -> {
                LieuxExercice.Enregistrement cree = lieux.creer(new SaisieLieu(nom, "MSP", commune, null,
                        "medecin-generaliste;infirmier", "medecin-generaliste", "LIBERAL", "oui", "oui", null, null, null,
                        null, null, null, null, null, null));
                if (!cree.reussi()) {
                    throw new IllegalStateException("test site " + label + " refused: " + cree.erreurs());
                }
                return cree.id();
            });
        };
    }
}
