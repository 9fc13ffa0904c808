package fr.territoire.sante.installation.visits;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierClos;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.matching.CalendrierVisites;
import fr.territoire.sante.installation.matching.Croisements;
import fr.territoire.sante.installation.matching.LieuPropose;
import fr.territoire.sante.installation.process.Calendrier;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * D. The visit schedule of a dossier: the visits planned for its current matching round, each for one of
 * the round's proposed sites. Planning, moving and cancelling a visit write the journal (so the reporting
 * row refreshes) and queue the invitation, all in one transaction.
 */
@Service
public class PlanningVisites implements CalendrierVisites {

    private final DossierRepository dossiers;
    private final VisitePlanifieeRepository visites;
    private final Croisements croisements;
    private final InvitationsVisite invitations;
    private final Journal journal;
    private final IdentityService identity;

    PlanningVisites(DossierRepository dossiers, VisitePlanifieeRepository visites, Croisements croisements,
            InvitationsVisite invitations, Journal journal, IdentityService identity) {
        this.dossiers = dossiers;
        this.visites = visites;
        this.croisements = croisements;
        this.invitations = invitations;
        this.journal = journal;
        this.identity = identity;
    }

    /** A change done, or refused with French messages (nothing changed then). */
    public record Resultat(VisitePlanifiee visite, List<SaisieVisite.Erreur> erreurs) {
        public boolean reussi() {
            return erreurs.isEmpty();
        }

        static Resultat refus(String champ, String libelle, String message) {
            return new Resultat(null, List.of(new SaisieVisite.Erreur(champ, libelle, message)));
        }
    }

    /** The current round's visits still planned (not cancelled), soonest first. */
    @Transactional(readOnly = true)
    public List<VisitePlanifiee> prevues(Long dossierId) {
        return dossiers.findById(dossierId).map(d -> d.getCroisementCourantId() == null ? List.<VisitePlanifiee>of()
                : visites.findByCroisementIdAndStatutOrderByDebutAscIdAsc(d.getCroisementCourantId(), StatutVisite.PREVUE))
                .orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> finDerniereVisite(Long dossierId) {
        return prevues(dossierId).stream().map(VisitePlanifiee::getFin).max(Instant::compareTo);
    }

    @Override
    @Transactional(readOnly = true)
    public String programme(Long dossierId) {
        return prevues(dossierId).stream().map(v -> InvitationIcs.horaire(v) + " : " + v.lieuLibelle())
                .collect(Collectors.joining("\n"));
    }

    /** Every visit of the current round, cancelled ones included, soonest first: what the dossier page lists. */
    @Transactional(readOnly = true)
    public List<VisitePlanifiee> toutes(Dossier dossier) {
        return dossier.getCroisementCourantId() == null ? List.of()
                : visites.findByCroisementIdOrderByDebutAscIdAsc(dossier.getCroisementCourantId());
    }

    /** The sites a visit may be planned for: those the current matching round proposed. */
    @Transactional(readOnly = true)
    public List<LieuPropose> lieuxProposes(Dossier dossier) {
        return dossier.getCroisementCourantId() == null ? List.of() : croisements.current(dossier).getLieux();
    }

    @Transactional(readOnly = true)
    public Dossier dossier(String reference) {
        return dossiers.findByReference(reference).orElseThrow(() -> new VisiteIntrouvable("Dossier inconnu : " + reference));
    }

    @Transactional(readOnly = true)
    public VisitePlanifiee visite(Dossier dossier, long id) {
        return visites.findById(id).filter(v -> v.getDossierId().equals(dossier.getId()))
                .orElseThrow(() -> new VisiteIntrouvable("Visite inconnue pour le dossier " + dossier.getReference() + "."));
    }

    /** {@code auteur}: who plans it, when no engine authentication says so already (our pages). */
    @Transactional
    public Resultat planifier(String reference, SaisieVisite saisie, String auteur) {
        Dossier dossier = dossier(reference);
        DossierClos.refuserSiClos(dossier, "ses visites");
        List<SaisieVisite.Erreur> erreurs = saisie.erreurs();
        if (!erreurs.isEmpty()) {
            return new Resultat(null, erreurs);
        }
        Optional<LieuPropose> lieu = lieuxProposes(dossier).stream().filter(l -> l.getId().equals(saisie.lieuPropose())).findFirst();
        if (lieu.isEmpty()) {
            return Resultat.refus("lieuProposeId", "Lieu visité", "ce lieu n'est pas proposé par le croisement en cours du dossier.");
        }
        return par(auteur, () -> {
            SaisieVisite.Creneau creneau = saisie.creneau();
            VisitePlanifiee visite = new VisitePlanifiee(dossier.getId(), dossier.getCroisementCourantId(), lieu.get().getId(),
                    lieu.get().getLieuExerciceId(), lieu.get().getLibelle(), lieu.get().getCommune(),
                    UUID.randomUUID() + "@accompagnement-installation", Calendrier.maintenant(), journal.currentUser());
            visite.horaires(creneau.debut(), creneau.fin());
            visite.presents(SaisieVisite.texte(saisie.presentsCls()), SaisieVisite.texte(saisie.presentsCpts()),
                    SaisieVisite.texte(saisie.presentsLieu()), SaisieVisite.texte(saisie.elusInvites()));
            visites.save(visite);
            journal.record(dossier, "VISITE_PLANIFIEE", "Visite planifiée le " + jour(visite) + communeDe(visite));
            invitations.envoyer(visite, dossier);
            return new Resultat(visite, List.of());
        });
    }

    @Transactional
    public Resultat deplacer(String reference, long id, SaisieVisite saisie, String auteur) {
        Dossier dossier = dossier(reference);
        VisitePlanifiee visite = visite(dossier, id);
        DossierClos.refuserSiClos(dossier, "ses visites");
        if (!visite.isPrevue()) {
            return Resultat.refus("jour", "Date de la visite", "cette visite est annulée : planifiez-en une nouvelle.");
        }
        List<SaisieVisite.Erreur> erreurs = saisie.erreursCreneau();
        if (!erreurs.isEmpty()) {
            return new Resultat(visite, erreurs);
        }
        return par(auteur, () -> {
            String avant = jour(visite);
            SaisieVisite.Creneau creneau = saisie.creneau();
            visite.deplacer(creneau.debut(), creneau.fin(), Calendrier.maintenant(), journal.currentUser());
            journal.record(dossier, "VISITE_DEPLACEE", "Visite du " + avant + " déplacée au " + jour(visite) + communeDe(visite));
            invitations.envoyer(visite, dossier);
            return new Resultat(visite, List.of());
        });
    }

    @Transactional
    public Resultat annuler(String reference, long id, String auteur) {
        Dossier dossier = dossier(reference);
        VisitePlanifiee visite = visite(dossier, id);
        DossierClos.refuserSiClos(dossier, "ses visites");
        if (!visite.isPrevue()) {
            return new Resultat(visite, List.of());
        }
        return par(auteur, () -> {
            visite.annuler(Calendrier.maintenant(), journal.currentUser());
            journal.record(dossier, "VISITE_ANNULEE", "Visite du " + jour(visite) + " annulée" + communeDe(visite));
            invitations.envoyer(visite, dossier);
            return new Resultat(visite, List.of());
        });
    }

    private static String jour(VisitePlanifiee visite) {
        return Calendrier.JOUR.format(visite.getDebut().atZone(Calendrier.FUSEAU));
    }

    /** The commune identifies nobody (pilotage reads the journal); the site's name stays out. */
    private static String communeDe(VisitePlanifiee visite) {
        return visite.getCommune() == null ? "" : " (" + visite.getCommune() + ")";
    }

    /** Our pages have no engine authentication: the journal and the visit name the signed-in user. */
    private <T> T par(String auteur, Supplier<T> action) {
        if (auteur == null || identity.getCurrentAuthentication() != null) {
            return action.get();
        }
        identity.setAuthenticatedUserId(auteur);
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
