package fr.territoire.sante.installation.subjectaccess;

import fr.territoire.sante.installation.consent.Consentements;
import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.fiche.DossierInconnu;
import fr.territoire.sante.installation.fiche.FicheDossier;
import fr.territoire.sante.installation.fiche.FichesDossier;
import fr.territoire.sante.installation.matching.CroisementRepository;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.signin.Lecteur;
import fr.territoire.sante.installation.visits.VisitesFiche;
import fr.territoire.sante.installation.visits.VueVisites;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers one professional's whole data for their right of access. Only a reader who sees everything
 * (CLS, administrators: {@link Lecteur#voitEnvironnementFamilial()}) may export: the export is for the
 * professional, who is owed all of it, the CLS-only family part included.
 */
@Service
public class DroitAcces {

    private final DossierRepository dossiers;
    private final FichesDossier fiches;
    private final Consentements consentements;
    private final CroisementRepository croisements;
    private final VisitesFiche visites;
    private final HistoryService history;
    private final ProcessEngineConfigurationImpl engine;

    DroitAcces(DossierRepository dossiers, FichesDossier fiches, Consentements consentements,
            CroisementRepository croisements, VisitesFiche visites, HistoryService history,
            @Lazy ProcessEngineConfigurationImpl engine) {
        this.dossiers = dossiers;
        this.fiches = fiches;
        this.consentements = consentements;
        this.croisements = croisements;
        this.visites = visites;
        this.history = history;
        this.engine = engine;
    }

    /**
     * @throws DossierInconnu        when no dossier bears the reference
     * @throws AccessDeniedException for a reader who may not see the whole dossier
     */
    @Transactional(readOnly = true)
    public DonneesProfessionnel exporter(String reference, Lecteur lecteur) {
        if (!lecteur.voitEnvironnementFamilial()) {
            throw new AccessDeniedException("Export du droit d'accès réservé au CLS");
        }
        String ref = reference == null ? "" : reference.trim().toUpperCase(Locale.ROOT);
        Dossier dossier = dossiers.findByReference(ref).orElseThrow(() -> new DossierInconnu(reference));
        FicheDossier fiche = fiches.fiche(ref, lecteur);
        List<DonneesProfessionnel.LieuProposeExport> lieux = croisements.findByDossierIdOrderByNumeroAsc(dossier.getId())
                .stream().flatMap(tour -> tour.getLieux().stream().map(l -> new DonneesProfessionnel.LieuProposeExport(
                        tour.getNumero(), l.getLibelle(), l.getCommune(), l.getScore(), l.isBelleDynamique(), l.getRaison(),
                        l.getReponse() == null ? null : l.getReponse().libelle(), l.getReponseLe(), l.getReponsePar(),
                        l.getReponseCommentaire())))
                .toList();
        VueVisites vue = visites.vue(ref, lecteur);
        return new DonneesProfessionnel(ref, Calendrier.maintenant(), lecteur.userId(),
                consentements.duDossier(dossier.getId()).orElse(null), fiche, lieux,
                vue == null ? List.of() : vue.visites(), taches(dossier.getProcessInstanceId()));
    }

    /** Every task of the dossier's process, open or done, in the order they opened. */
    private List<DonneesProfessionnel.TacheHistorique> taches(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        List<HistoricTaskInstance> historique = engine.getCommandExecutorTxRequired().execute(command ->
                command.runWithoutAuthorization(() -> history.createHistoricTaskInstanceQuery()
                        .processInstanceId(processInstanceId).list()));
        return historique.stream()
                .sorted(Comparator.comparing(HistoricTaskInstance::getStartTime, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(t -> new DonneesProfessionnel.TacheHistorique(t.getName(), t.getTaskDefinitionKey(),
                        instant(t.getStartTime()), instant(t.getEndTime()), t.getAssignee(), issue(t)))
                .toList();
    }

    private static String issue(HistoricTaskInstance tache) {
        if (tache.getEndTime() == null) {
            return "En attente";
        }
        return Objects.equals(tache.getDeleteReason(), "completed") ? "Terminée" : "Annulée";
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
