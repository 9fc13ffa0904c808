package fr.territoire.sante.installation.ranking;

import fr.territoire.sante.installation.catalogue.CategorieAide;
import fr.territoire.sante.installation.catalogue.StatutBesoin;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Repository;

/**
 * Reads what the ranking needs of the catalogue as projections, one query per catalogue: the sites'
 * entities would bring their lazily loaded élus one site at a time.
 */
@Repository
class LectureCatalogue {

    /** The aid categories that answer a family need; the ranking reads no other aid. */
    static final List<CategorieAide> CATEGORIES_FAMILLE = List.of(CategorieAide.LOGEMENT,
            CategorieAide.GARDE_ENFANTS_ECOLES, CategorieAide.EMPLOI_CONJOINT);
    /** A need being handled is still unmet, hence still open for the ranking. */
    static final List<StatutBesoin> BESOINS_OUVERTS = List.copyOf(EnumSet.of(StatutBesoin.OUVERT, StatutBesoin.EN_COURS));

    private final EntityManager em;

    LectureCatalogue(EntityManager em) {
        this.em = em;
    }

    List<LieuCatalogue> lieuxActifs() {
        return em.createQuery("""
                select new fr.territoire.sante.installation.ranking.LieuCatalogue(l.id, l.nom, l.commune,
                    l.intercommunalite, l.type, l.professionsRecherchees, l.modesExercice,
                    l.equipePluriprofessionnelle, l.locauxDisponibles)
                from LieuExercice l where l.archive = false order by l.id""", LieuCatalogue.class).getResultList();
    }

    /** Aids of the family categories not archived and valid on {@code jour}. */
    List<AideProche> aidesFamilleValides(LocalDate jour) {
        return em.createQuery("""
                select new fr.territoire.sante.installation.ranking.AideProche(a.categorie, a.territoire, a.professions)
                from AideInstallation a
                where a.archive = false and a.categorie in :categories
                  and (a.valideDu is null or a.valideDu <= :jour)
                  and (a.valideJusquAu is null or a.valideJusquAu >= :jour)""", AideProche.class)
                .setParameter("categories", CATEGORIES_FAMILLE).setParameter("jour", jour).getResultList();
    }

    List<BesoinOuvert> besoinsOuverts(String profession) {
        return em.createQuery("""
                select new fr.territoire.sante.installation.ranking.BesoinOuvert(b.commune, b.urgence)
                from BesoinTerritoire b
                where b.archive = false and b.statut in :statuts and b.profession = :profession""", BesoinOuvert.class)
                .setParameter("statuts", BESOINS_OUVERTS).setParameter("profession", profession).getResultList();
    }
}
