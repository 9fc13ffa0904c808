package fr.territoire.sante.installation.catalogue;

import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.reporting.Libelles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports an aids file (CSV or XLSX, columns {@link SaisieAide#COLONNES}), as {@link ImportLieux} does
 * for sites: each row checked by {@link SaisieAide} exactly as the page's form is, then creating or
 * updating the aid known by its title and territory. A refused row writes nothing; a row equal to the
 * stored aid leaves it untouched (modifie_le included), so the same file twice changes nothing.
 */
@Service
public class ImportAides {

    private final AideInstallationRepository aides;
    private final Libelles libelles;
    private final TransactionTemplate transaction;

    ImportAides(AideInstallationRepository aides, Libelles libelles, PlatformTransactionManager transactions) {
        this.aides = aides;
        this.libelles = libelles;
        this.transaction = new TransactionTemplate(transactions);
    }

    public RapportImport importer(MultipartFile fichier) {
        List<LectureFichier.LigneLue> lignes = LectureFichier.lire(fichier, SaisieAide.COLONNES);
        return transaction.execute(status -> enregistrer(lignes));
    }

    private RapportImport enregistrer(List<LectureFichier.LigneLue> lignes) {
        Map<String, String> professions = libelles.options().professions();
        Instant now = Calendrier.maintenant();
        BilanImport bilan = new BilanImport();
        for (LectureFichier.LigneLue ligne : lignes) {
            SaisieAide saisie = SaisieAide.depuisColonnes(ligne.cellules());
            List<String> raisons = new ArrayList<>(saisie.erreurs(professions).stream().map(Object::toString).toList());
            raisons.addAll(ligne.anomalies());
            if (!saisie.intitule().isBlank() && !saisie.territoire().isBlank()) {
                Integer premiere = bilan.dejaLigne(AideInstallation.cle(saisie.intitule(), saisie.territoire()), ligne.numero());
                if (premiere != null) {
                    raisons.add(new SaisieLieu.Erreur("Intitulé",
                            "cette aide (même intitulé, même territoire) figure déjà ligne " + premiere + " du fichier.").toString());
                }
            }
            if (!raisons.isEmpty()) {
                bilan.refuser(ligne.numero(), saisie.intitule().trim(), raisons);
                continue;
            }
            Optional<AideInstallation> existante = aides.findByCle(AideInstallation.cle(saisie.intitule(), saisie.territoire()));
            if (existante.isEmpty()) {
                AideInstallation aide = new AideInstallation(saisie.intitule(), saisie.territoire(), now);
                saisie.appliquer(aide, professions, now);
                aides.save(aide);
                bilan.compter(BilanImport.Effet.CREE);
            } else if (inchangee(existante.get(), saisie, professions, now)) {
                bilan.compter(BilanImport.Effet.INCHANGE);
            } else {
                saisie.appliquer(existante.get(), professions, now);
                bilan.compter(BilanImport.Effet.MODIFIE);
            }
        }
        return bilan.rapport();
    }

    /** Compared as a person would type them back, so that spacing, value-or-label and date format are no change. */
    private static boolean inchangee(AideInstallation aide, SaisieAide saisie, Map<String, String> professions, Instant now) {
        AideInstallation copie = new AideInstallation(saisie.intitule(), saisie.territoire(), now);
        saisie.appliquer(copie, professions, now);
        return SaisieAide.de(copie, professions).equals(SaisieAide.de(aide, professions));
    }
}
