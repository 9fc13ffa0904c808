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
 * The territory needs as a file the import reads back unchanged: {@link SaisieBesoin#COLONNES}, one row
 * per need as {@link SaisieBesoin#de} types it, sorted by its key, written by {@link Tableur}.
 */
@Service
public class ExportBesoins {

    private final EntityManager entites;
    private final Libelles libelles;
    private final TransactionTemplate lecture;

    ExportBesoins(EntityManager entites, Libelles libelles, PlatformTransactionManager transactions) {
        this.entites = entites;
        this.libelles = libelles;
        this.lecture = new TransactionTemplate(transactions);
        this.lecture.setReadOnly(true);
    }

    public void csv(boolean archives, OutputStream sortie) throws IOException {
        Tableur.csv(SaisieBesoin.COLONNES, source(archives), sortie);
    }

    public void xlsx(boolean archives, OutputStream sortie) throws IOException {
        Tableur.xlsx(SaisieBesoin.COLONNES, "Besoins du territoire", source(archives), sortie);
    }

    private Tableur.Source source(boolean archives) {
        Map<String, String> professions = libelles.options().professions();
        return Tableur.parLots(lecture, apres -> entites.createQuery("select b from BesoinTerritoire b where b.cle > :apres"
                        + (archives ? "" : " and b.archive = false") + " order by b.cle", BesoinTerritoire.class)
                .setParameter("apres", apres)
                .setMaxResults(Tableur.LOT)
                .getResultList().stream()
                .map(b -> new Tableur.Lu(b.getCle(), SaisieBesoin.de(b, professions).enColonnes()))
                .toList());
    }
}
