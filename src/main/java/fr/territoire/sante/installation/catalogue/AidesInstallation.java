package fr.territoire.sante.installation.catalogue;

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
 * The catalogue of installation aids as our pages use it: a page of a search, one aid, and the changes
 * a CLS or CPTS member makes, each checked by {@link SaisieAide} against the request form's professions.
 */
@Service
@Transactional
public class AidesInstallation {

    public static final int PAR_PAGE = 50;

    private final AideInstallationRepository aides;
    private final EntityManager entityManager;
    private final Libelles libelles;

    AidesInstallation(AideInstallationRepository aides, EntityManager entityManager, Libelles libelles) {
        this.aides = aides;
        this.entityManager = entityManager;
        this.libelles = libelles;
    }

    /** One page of results (numbered from 1), sorted by territory then title. */
    @Transactional(readOnly = true)
    public Page page(RechercheAide recherche, int numero) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parametres = new HashMap<>();
        if (!recherche.archives()) {
            where.append(" and a.archive = false");
        }
        if (recherche.q() != null) {
            where.append(" and (lower(a.intitule) like :q escape '\\' or lower(a.territoire) like :q escape '\\')");
            parametres.put("q", Recherche.motif(recherche.q()));
        }
        if (recherche.categorieAide() != null) {
            where.append(" and a.categorie = :categorie");
            parametres.put("categorie", recherche.categorieAide());
        }
        if (recherche.profession() != null) {
            // No profession stored means every profession; values are framed with ";" so that one never
            // matches another's part.
            where.append(" and (a.professions is null or concat(';', a.professions, ';') like :profession escape '\\')");
            parametres.put("profession", "%;" + Recherche.echapper(recherche.profession()) + ";%");
        }
        if (recherche.valides()) {
            where.append(" and (a.valideJusquAu is null or a.valideJusquAu >= :aujourdhui)");
            parametres.put("aujourdhui", Calendrier.aujourdhui());
        }
        TypedQuery<Long> compte = entityManager.createQuery("select count(a) from AideInstallation a" + where, Long.class);
        parametres.forEach(compte::setParameter);
        long total = compte.getSingleResult();
        int nombreDePages = (int) Math.max(1, (total + PAR_PAGE - 1) / PAR_PAGE);
        int page = Math.min(Math.max(1, numero), nombreDePages);
        TypedQuery<AideInstallation> requete = entityManager.createQuery("select a from AideInstallation a" + where
                + " order by lower(a.territoire), lower(a.intitule), a.id", AideInstallation.class);
        parametres.forEach(requete::setParameter);
        requete.setFirstResult((page - 1) * PAR_PAGE).setMaxResults(PAR_PAGE);
        return new Page(requete.getResultList(), total, page, nombreDePages);
    }

    @Transactional(readOnly = true)
    public Optional<AideInstallation> aide(long id) {
        return aides.findById(id);
    }

    public Enregistrement creer(SaisieAide saisie) {
        Map<String, String> professions = professions();
        List<SaisieLieu.Erreur> erreurs = new ArrayList<>(saisie.erreurs(professions));
        if (erreurs.isEmpty() && aides.findByCle(AideInstallation.cle(saisie.intitule(), saisie.territoire())).isPresent()) {
            erreurs.add(doublon());
        }
        if (!erreurs.isEmpty()) {
            return new Enregistrement(null, erreurs);
        }
        Instant now = Calendrier.maintenant();
        AideInstallation aide = new AideInstallation(saisie.intitule(), saisie.territoire(), now);
        saisie.appliquer(aide, professions, now);
        return new Enregistrement(aides.save(aide).getId(), List.of());
    }

    public Enregistrement modifier(long id, SaisieAide saisie) {
        AideInstallation aide = aides.findById(id).orElseThrow(() -> new AideInconnue(id));
        Map<String, String> professions = professions();
        List<SaisieLieu.Erreur> erreurs = new ArrayList<>(saisie.erreurs(professions));
        if (erreurs.isEmpty() && aides.findByCle(AideInstallation.cle(saisie.intitule(), saisie.territoire()))
                .filter(autre -> !autre.getId().equals(id)).isPresent()) {
            erreurs.add(doublon());
        }
        if (!erreurs.isEmpty()) {
            return new Enregistrement(id, erreurs);
        }
        saisie.appliquer(aide, professions, Calendrier.maintenant());
        return new Enregistrement(id, List.of());
    }

    public void archiver(long id) {
        aides.findById(id).orElseThrow(() -> new AideInconnue(id)).archiver(Calendrier.maintenant());
    }

    public void desarchiver(long id) {
        aides.findById(id).orElseThrow(() -> new AideInconnue(id)).desarchiver(Calendrier.maintenant());
    }

    /** The request form's professions, value → label, as SaisieAide checks them. */
    public Map<String, String> professions() {
        return libelles.options().professions();
    }

    static SaisieLieu.Erreur doublon() {
        return new SaisieLieu.Erreur("Intitulé", "une aide de cet intitulé existe déjà sur ce territoire.");
    }

    /** The outcome of a creation or change: the aid's id, or the refusals (nothing saved). */
    public record Enregistrement(Long id, List<SaisieLieu.Erreur> erreurs) {
        public boolean reussi() {
            return erreurs.isEmpty();
        }
    }

    public record Page(List<AideInstallation> aides, long total, int numero, int nombreDePages) {
    }
}
