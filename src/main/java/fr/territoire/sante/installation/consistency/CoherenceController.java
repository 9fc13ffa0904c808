package fr.territoire.sante.installation.consistency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The agreement check for operators ({@code camunda-admin} only, see SecurityConfiguration): a page and
 * the same answer as JSON, computed afresh at each request.
 */
@Controller
@Tag(name = "Exploitation", description = "Contrôles réservés aux administrateurs")
class CoherenceController {

    private final ControleCoherence controle;

    CoherenceController(ControleCoherence controle) {
        this.controle = controle;
    }

    @GetMapping("/exploitation/coherence")
    String page(Model model) {
        model.addAttribute("rapport", controle.controler());
        return "exploitation/coherence";
    }

    @GetMapping(path = "/api/exploitation/coherence", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Operation(summary = "Cohérence du tableau de reporting et du moteur",
            description = "Compare, pour chaque dossier en cours ou modifié depuis 30 jours, l'étape, le statut, la ligne de "
                    + "reporting et les rendez-vous prévus avec l'instance active, les tâches ouvertes et les minuteries du "
                    + "moteur ; les écarts sont groupés par type, chacun avec la conduite à tenir.")
    RapportCoherence json() {
        return controle.controler();
    }
}
