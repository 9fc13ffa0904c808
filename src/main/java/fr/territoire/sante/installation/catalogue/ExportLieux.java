package fr.territoire.sante.installation.catalogue;

import fr.territoire.sante.installation.reporting.Libelles;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalogue as a file the import reads back unchanged: {@link SaisieLieu#COLONNES}, one row per site
 * as {@link SaisieLieu#de} types it, sorted by name then commune, written by {@link Tableur}.
 */
@Service
public class ExportLieux {

    private final EntityManager entites;
    private final Libelles libelles;
    private final TransactionTemplate lecture;

    ExportLieux(EntityManager entites, Libelles libelles, PlatformTransactionManager transactions) {
        this.entites = entites;
        this.libelles = libelles;
        this.lecture = new TransactionTemplate(transactions);
        this.lecture.setReadOnly(true);
    }

    public void csv(boolean archives, OutputStream sortie) throws IOException {
        Tableur.csv(SaisieLieu.COLONNES, source(archives), sortie);
    }

    public void xlsx(boolean archives, OutputStream sortie) throws IOException {
        Tableur.xlsx(SaisieLieu.COLONNES, "Lieux d'exercice", source(archives), sortie);
    }

    private Tableur.Source source(boolean archives) {
        Map<String, String> professions = libelles.options().professions();
        return Tableur.parLots(lecture, apres -> lot(archives, apres, professions));
    }

    /** Sorted on the unique key (lower-case "nom|commune"). */
    private List<Tableur.Lu> lot(boolean archives, String apres, Map<String, String> professions) {
        List<LieuExercice> lieux = entites.createQuery("select l from LieuExercice l where l.cle > :apres"
                        + (archives ? "" : " and l.archive = false") + " order by l.cle", LieuExercice.class)
                .setParameter("apres", apres)
                .setMaxResults(Tableur.LOT)
                .getResultList();
        return lieux.stream().map(l -> new Tableur.Lu(l.getCle(), SaisieLieu.de(l, professions).enColonnes())).toList();
    }
}
