package fr.territoire.sante.installation.catalogue;

import fr.territoire.sante.installation.catalogue.SaisieLieu.Erreur;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.reporting.Libelles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The territory needs as our pages use them: a page of a search, one need, and the changes a CLS or
 * CPTS member makes, each checked by {@link SaisieBesoin} against the request form's professions.
 */
@Service
@Transactional
public class BesoinsTerritoire {

    public static final int PAR_PAGE = 50;

    private final BesoinTerritoireRepository besoins;
    private final EntityManager entityManager;
    private final Libelles libelles;

    BesoinsTerritoire(BesoinTerritoireRepository besoins, EntityManager entityManager, Libelles libelles) {
        this.besoins = besoins;
        this.entityManager = entityManager;
        this.libelles = libelles;
    }

    /** One page of results (numbered from 1), the most urgent first, then the most recently reported. */
    @Transactional(readOnly = true)
    public Page page(RechercheBesoins recherche, int numero) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parametres = new HashMap<>();
        if (!recherche.archives()) {
            where.append(" and b.archive = false");
        }
        if (recherche.q() != null) {
            where.append(" and lower(b.commune) like :q escape '\\'");
            parametres.put("q", Recherche.motif(recherche.q()));
        }
        if (recherche.statutBesoin() != null) {
            where.append(" and b.statut = :statut");
            parametres.put("statut", recherche.statutBesoin());
        }
        if (recherche.urgenceBesoin() != null) {
            where.append(" and b.urgence = :urgence");
            parametres.put("urgence", recherche.urgenceBesoin());
        }
        if (recherche.profession() != null) {
            where.append(" and b.profession = :profession");
            parametres.put("profession", recherche.profession());
        }
        TypedQuery<Long> compte = entityManager.createQuery("select count(b) from BesoinTerritoire b" + where, Long.class);
        parametres.forEach(compte::setParameter);
        long total = compte.getSingleResult();
        int nombreDePages = (int) Math.max(1, (total + PAR_PAGE - 1) / PAR_PAGE);
        int page = Math.min(Math.max(1, numero), nombreDePages);
        TypedQuery<BesoinTerritoire> requete = entityManager.createQuery("select b from BesoinTerritoire b" + where
                + " order by b.rangUrgence desc, b.dateSignalement desc, b.id desc", BesoinTerritoire.class);
        parametres.forEach(requete::setParameter);
        requete.setFirstResult((page - 1) * PAR_PAGE).setMaxResults(PAR_PAGE);
        return new Page(requete.getResultList(), total, page, nombreDePages);
    }

    @Transactional(readOnly = true)
    public Optional<BesoinTerritoire> besoin(long id) {
        return besoins.findById(id);
    }

    public Enregistrement creer(SaisieBesoin saisie) {
        return enregistrer(null, saisie);
    }

    public Enregistrement modifier(long id, SaisieBesoin saisie) {
        besoins.findById(id).orElseThrow(() -> new BesoinInconnu(id));
        return enregistrer(id, saisie);
    }

    public void archiver(long id) {
        besoins.findById(id).orElseThrow(() -> new BesoinInconnu(id)).archiver(Instant.now());
    }

    public void desarchiver(long id) {
        besoins.findById(id).orElseThrow(() -> new BesoinInconnu(id)).desarchiver(Instant.now());
    }

    /** The request form's professions, value → label, as SaisieBesoin checks them. */
    public Map<String, String> professions() {
        return libelles.options().professions();
    }

    static Erreur doublon() {
        return new Erreur("Commune", "ce besoin (même commune, profession, source et date) est déjà au catalogue.");
    }

    /** Creates the need when id is null, changes it otherwise; refused as a duplicate when another has its key. */
    private Enregistrement enregistrer(Long id, SaisieBesoin saisie) {
        Map<String, String> professions = professions();
        List<Erreur> erreurs = new ArrayList<>(saisie.erreurs(professions, Calendrier.aujourdhui()));
        if (erreurs.isEmpty() && besoins.findByCle(saisie.cle(professions))
                .filter(autre -> !autre.getId().equals(id)).isPresent()) {
            erreurs.add(doublon());
        }
        if (!erreurs.isEmpty()) {
            return new Enregistrement(id, erreurs);
        }
        Instant now = Instant.now();
        BesoinTerritoire besoin = id == null ? new BesoinTerritoire(now) : besoins.findById(id).orElseThrow();
        saisie.appliquer(besoin, professions, now);
        return new Enregistrement(besoins.save(besoin).getId(), List.of());
    }

    /** The outcome of a creation or change: the need's id, or the refusals (nothing saved). */
    public record Enregistrement(Long id, List<Erreur> erreurs) {
        public boolean reussi() {
            return erreurs.isEmpty();
        }
    }

    public record Page(List<BesoinTerritoire> besoins, long total, int numero, int nombreDePages) {
    }
}
