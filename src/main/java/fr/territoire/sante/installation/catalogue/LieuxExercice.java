package fr.territoire.sante.installation.catalogue;

import fr.territoire.sante.installation.reporting.Libelles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of practice sites as our pages use it: a page of a search, one site, and the changes a
 * CLS or CPTS member makes, each checked by {@link SaisieLieu} against the request form's professions.
 */
@Service
@Transactional
public class LieuxExercice {

    public static final int PAR_PAGE = 50;

    private final LieuExerciceRepository lieux;
    private final EntityManager entityManager;
    private final Libelles libelles;

    LieuxExercice(LieuExerciceRepository lieux, EntityManager entityManager, Libelles libelles) {
        this.lieux = lieux;
        this.entityManager = entityManager;
        this.libelles = libelles;
    }

    /** One page of results (numbered from 1), sorted by commune then name. */
    @Transactional(readOnly = true)
    public Page page(Recherche recherche, int numero) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parametres = new HashMap<>();
        if (!recherche.archives()) {
            where.append(" and l.archive = false");
        }
        if (recherche.q() != null) {
            where.append(" and (lower(l.nom) like :q escape '\\' or lower(l.commune) like :q escape '\\')");
            parametres.put("q", Recherche.motif(recherche.q()));
        }
        if (recherche.typeLieu() != null) {
            where.append(" and l.type = :type");
            parametres.put("type", recherche.typeLieu());
        }
        if (recherche.commune() != null) {
            where.append(" and lower(l.commune) = :commune");
            parametres.put("commune", recherche.commune().toLowerCase(java.util.Locale.ROOT));
        }
        if (recherche.profession() != null) {
            // Stored as values separated by ";": framed with ";" so that one value never matches another's part.
            where.append(" and concat(';', l.professionsRecherchees, ';') like :profession escape '\\'");
            parametres.put("profession", "%;" + Recherche.echapper(recherche.profession()) + ";%");
        }
        TypedQuery<Long> compte = entityManager.createQuery("select count(l) from LieuExercice l" + where, Long.class);
        parametres.forEach(compte::setParameter);
        long total = compte.getSingleResult();
        int nombreDePages = (int) Math.max(1, (total + PAR_PAGE - 1) / PAR_PAGE);
        int page = Math.min(Math.max(1, numero), nombreDePages);
        TypedQuery<LieuExercice> requete = entityManager.createQuery(
                "select l from LieuExercice l" + where + " order by lower(l.commune), lower(l.nom), l.id", LieuExercice.class);
        parametres.forEach(requete::setParameter);
        requete.setFirstResult((page - 1) * PAR_PAGE).setMaxResults(PAR_PAGE);
        return new Page(requete.getResultList(), total, page, nombreDePages);
    }

    /** The communes that have a site, for the filter's choices. */
    @Transactional(readOnly = true)
    public List<String> communes() {
        return entityManager.createQuery("select distinct l.commune from LieuExercice l order by l.commune", String.class)
                .getResultList();
    }

    /** One site with its élus loaded (the session closes with the transaction). */
    @Transactional(readOnly = true)
    public Optional<LieuExercice> lieu(long id) {
        Optional<LieuExercice> lieu = lieux.findById(id);
        lieu.ifPresent(l -> Hibernate.initialize(l.getElus()));
        return lieu;
    }

    public Enregistrement creer(SaisieLieu saisie) {
        Map<String, String> professions = professions();
        List<SaisieLieu.Erreur> erreurs = new ArrayList<>(saisie.erreurs(professions));
        if (erreurs.isEmpty() && lieux.findByCle(LieuExercice.cle(saisie.nom(), saisie.commune())).isPresent()) {
            erreurs.add(doublon());
        }
        if (!erreurs.isEmpty()) {
            return new Enregistrement(null, erreurs);
        }
        Instant now = Instant.now();
        LieuExercice lieu = new LieuExercice(saisie.nom(), saisie.commune(), now);
        saisie.appliquer(lieu, professions, now);
        return new Enregistrement(lieux.save(lieu).getId(), List.of());
    }

    public Enregistrement modifier(long id, SaisieLieu saisie) {
        LieuExercice lieu = lieux.findById(id).orElseThrow(() -> new LieuInconnu(id));
        Map<String, String> professions = professions();
        List<SaisieLieu.Erreur> erreurs = new ArrayList<>(saisie.erreurs(professions));
        if (erreurs.isEmpty() && lieux.findByCle(LieuExercice.cle(saisie.nom(), saisie.commune()))
                .filter(autre -> !autre.getId().equals(id)).isPresent()) {
            erreurs.add(doublon());
        }
        if (!erreurs.isEmpty()) {
            return new Enregistrement(id, erreurs);
        }
        saisie.appliquer(lieu, professions, Instant.now());
        return new Enregistrement(id, List.of());
    }

    public void archiver(long id) {
        lieux.findById(id).orElseThrow(() -> new LieuInconnu(id)).archiver(Instant.now());
    }

    public void desarchiver(long id) {
        lieux.findById(id).orElseThrow(() -> new LieuInconnu(id)).desarchiver(Instant.now());
    }

    /** The request form's professions, value → label, as SaisieLieu checks them. */
    public Map<String, String> professions() {
        return libelles.options().professions();
    }

    static SaisieLieu.Erreur doublon() {
        return new SaisieLieu.Erreur("Nom du lieu", "un lieu de ce nom existe déjà dans cette commune.");
    }

    /** The outcome of a creation or change: the site's id, or the refusals (nothing saved). */
    public record Enregistrement(Long id, List<SaisieLieu.Erreur> erreurs) {
        public boolean reussi() {
            return erreurs.isEmpty();
        }
    }

    public record Page(List<LieuExercice> lieux, long total, int numero, int nombreDePages) {
    }
}
