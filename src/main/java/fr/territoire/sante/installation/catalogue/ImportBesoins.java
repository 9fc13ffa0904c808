package fr.territoire.sante.installation.catalogue;

import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.reporting.Libelles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports a file of territory needs (CSV or XLSX, columns {@link SaisieBesoin#COLONNES}), as
 * {@link ImportLieux} does sites: each row checked by {@link SaisieBesoin} as the page's form is, then
 * creating or updating the need known by its commune, profession, source and date. A refused row writes
 * nothing; a row equal to the stored need leaves it untouched, so the same file twice changes nothing.
 */
@Service
public class ImportBesoins {

    private final BesoinTerritoireRepository besoins;
    private final Libelles libelles;
    private final TransactionTemplate transaction;

    ImportBesoins(BesoinTerritoireRepository besoins, Libelles libelles, PlatformTransactionManager transactions) {
        this.besoins = besoins;
        this.libelles = libelles;
        this.transaction = new TransactionTemplate(transactions);
    }

    public RapportImport importer(MultipartFile fichier) {
        List<LectureFichier.LigneLue> lignes = LectureFichier.lire(fichier, SaisieBesoin.COLONNES);
        return transaction.execute(status -> enregistrer(lignes));
    }

    private RapportImport enregistrer(List<LectureFichier.LigneLue> lignes) {
        Map<String, String> professions = libelles.options().professions();
        Instant now = Calendrier.maintenant();
        LocalDate aujourdhui = Calendrier.aujourdhui();
        BilanImport bilan = new BilanImport();
        for (LectureFichier.LigneLue ligne : lignes) {
            SaisieBesoin saisie = SaisieBesoin.depuisColonnes(ligne.cellules());
            List<String> raisons = new ArrayList<>(saisie.erreurs(professions, aujourdhui).stream().map(Object::toString).toList());
            raisons.addAll(ligne.anomalies());
            if (raisons.isEmpty()) {
                Integer premiere = bilan.dejaLigne(saisie.cle(professions), ligne.numero());
                if (premiere != null) {
                    raisons.add(new SaisieLieu.Erreur("Commune", "ce besoin (même commune, profession, source et date) "
                            + "figure déjà ligne " + premiere + " du fichier.").toString());
                }
            }
            if (raisons.isEmpty()) {
                bilan.compter(enregistrer(saisie, professions, now));
            } else {
                bilan.refuser(ligne.numero(), saisie.commune().trim(), raisons);
            }
        }
        return bilan.rapport();
    }

    private BilanImport.Effet enregistrer(SaisieBesoin saisie, Map<String, String> professions, Instant now) {
        Optional<BesoinTerritoire> existant = besoins.findByCle(saisie.cle(professions));
        if (existant.isEmpty()) {
            BesoinTerritoire besoin = new BesoinTerritoire(now);
            saisie.appliquer(besoin, professions, now);
            besoins.save(besoin);
            return BilanImport.Effet.CREE;
        }
        // Compared as typed back (SaisieBesoin.de): label-or-value, case and spacing are not changes.
        BesoinTerritoire copie = new BesoinTerritoire(now);
        saisie.appliquer(copie, professions, now);
        if (SaisieBesoin.de(copie, professions).equals(SaisieBesoin.de(existant.get(), professions))) {
            return BilanImport.Effet.INCHANGE;
        }
        saisie.appliquer(existant.get(), professions, now);
        return BilanImport.Effet.MODIFIE;
    }
}
