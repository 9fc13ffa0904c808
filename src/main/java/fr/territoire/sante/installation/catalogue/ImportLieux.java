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
 * Imports a catalogue file (CSV or XLSX, columns {@link SaisieLieu#COLONNES}): each row is checked by
 * {@link SaisieLieu} exactly as the page's form is, then creates or updates the site known by its name
 * and commune. A refused row writes nothing; a row equal to the stored site leaves it untouched (its
 * modifie_le included), so importing the same file twice changes nothing. The file is read before the
 * transaction opens, and all its rows are written in that one transaction.
 */
@Service
public class ImportLieux {

    private final LieuExerciceRepository lieux;
    private final Libelles libelles;
    private final TransactionTemplate transaction;

    ImportLieux(LieuExerciceRepository lieux, Libelles libelles, PlatformTransactionManager transactions) {
        this.lieux = lieux;
        this.libelles = libelles;
        this.transaction = new TransactionTemplate(transactions);
    }

    public RapportImport importer(MultipartFile fichier) {
        List<LectureFichier.LigneLue> lignes = LectureFichier.lire(fichier, SaisieLieu.COLONNES);
        return transaction.execute(status -> enregistrer(lignes));
    }

    private RapportImport enregistrer(List<LectureFichier.LigneLue> lignes) {
        Map<String, String> professions = libelles.options().professions();
        Instant now = Calendrier.maintenant();
        BilanImport bilan = new BilanImport();
        for (LectureFichier.LigneLue ligne : lignes) {
            SaisieLieu saisie = SaisieLieu.depuisColonnes(ligne.cellules());
            List<String> raisons = new ArrayList<>(saisie.erreurs(professions).stream().map(Object::toString).toList());
            raisons.addAll(ligne.anomalies());
            if (!saisie.nom().isBlank() && !saisie.commune().isBlank()) {
                Integer premiere = bilan.dejaLigne(LieuExercice.cle(saisie.nom(), saisie.commune()), ligne.numero());
                if (premiere != null) {
                    raisons.add(new SaisieLieu.Erreur("Nom du lieu",
                            "ce lieu (même nom, même commune) figure déjà ligne " + premiere + " du fichier.").toString());
                }
            }
            if (!raisons.isEmpty()) {
                bilan.refuser(ligne.numero(), saisie.nom().trim(), raisons);
                continue;
            }
            Optional<LieuExercice> existant = lieux.findByCle(LieuExercice.cle(saisie.nom(), saisie.commune()));
            if (existant.isEmpty()) {
                LieuExercice lieu = new LieuExercice(saisie.nom(), saisie.commune(), now);
                saisie.appliquer(lieu, professions, now);
                lieux.save(lieu);
                bilan.compter(BilanImport.Effet.CREE);
            } else if (inchange(existant.get(), saisie, professions, now)) {
                bilan.compter(BilanImport.Effet.INCHANGE);
            } else {
                saisie.appliquer(existant.get(), professions, now);
                bilan.compter(BilanImport.Effet.MODIFIE);
            }
        }
        return bilan.rapport();
    }

    /**
     * Compared as a person would type them back: the row applied to a detached copy, both read back by
     * {@link SaisieLieu#de}, so that spacing, label-or-value and case of known words do not count as changes.
     */
    private static boolean inchange(LieuExercice lieu, SaisieLieu saisie, Map<String, String> professions, Instant now) {
        LieuExercice copie = new LieuExercice(saisie.nom(), saisie.commune(), now);
        saisie.appliquer(copie, professions, now);
        return SaisieLieu.de(copie, professions).equals(SaisieLieu.de(lieu, professions));
    }
}
