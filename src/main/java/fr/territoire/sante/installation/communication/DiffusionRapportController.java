package fr.territoire.sante.installation.communication;

import fr.territoire.sante.installation.identity.Groups;
import fr.territoire.sante.installation.process.ProcessKeys;
import fr.territoire.sante.installation.reports.RapportPeriodique;
import fr.territoire.sante.installation.reports.RapportsPeriodiques;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * F. « Envoyer… » on a report made on demand (/rapports): opens the same review-and-send task as a
 * timer would, for the group responsible for the report's audience (message « RapportADiffuser »).
 * A report whose task is already open gets no second one.
 */
@Controller
class DiffusionRapportController {

    static final String MESSAGE = "RapportADiffuser";

    private final RapportsPeriodiques rapports;
    private final RuntimeService runtimeService;

    DiffusionRapportController(RapportsPeriodiques rapports, RuntimeService runtimeService) {
        this.rapports = rapports;
        this.runtimeService = runtimeService;
    }

    @PostMapping("/rapports/{id}/diffuser")
    String diffuser(@PathVariable String id, RedirectAttributes redirection) {
        Long rapportId = CommunicationVariables.identifiant(id);
        RapportPeriodique rapport = rapportId == null ? null : rapports.trouver(rapportId).orElse(null);
        if (rapport == null) {
            redirection.addFlashAttribute("erreur", "Rapport introuvable : rien n'a été envoyé.");
            return "redirect:/rapports";
        }
        String cle = CommunicationVariables.cleMetier(rapport.getId());
        boolean dejaOuverte = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.COMMUNICATION)
                .processInstanceBusinessKey(cle).count() > 0;
        if (!dejaOuverte) {
            runtimeService.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(cle)
                    .setVariable(CommunicationVariables.RAPPORT_ID, rapport.getId()).correlateStartMessage();
        }
        redirection.addFlashAttribute("confirmation", (dejaOuverte ? "La tâche d'envoi de ce rapport est déjà ouverte" : "Tâche d'envoi créée")
                + " : « Relire et envoyer le rapport » attend " + (Groups.CLS.equals(rapport.getAudience().groupe()) ? "le CLS" : "la CPTS")
                + " dans Tasklist.");
        return "redirect:/rapports";
    }
}
