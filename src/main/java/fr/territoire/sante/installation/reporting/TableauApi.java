package fr.territoire.sante.installation.reporting;

import fr.territoire.sante.installation.accesslog.JournalConsultations;
import fr.territoire.sante.installation.accesslog.NatureConsultation;
import fr.territoire.sante.installation.signin.Lecteur;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reporting table as JSON, with the same filters, sorts, pages and rights as the page. */
@RestController
@Tag(name = "Tableau de reporting")
class TableauApi {

    private final TableauReporting tableau;
    private final JournalConsultations journal;

    TableauApi(TableauReporting tableau, JournalConsultations journal) {
        this.tableau = tableau;
        this.journal = journal;
    }

    @GetMapping("/api/dossiers")
    @Operation(summary = "Une page (50 lignes) du tableau de reporting, filtrée et triée",
            description = "Pour le groupe pilotage, les valeurs identifiantes (nom, spécialité, lieu, motif) sont nulles "
                    + "et la recherche ne porte que sur la référence.")
    TableauReporting.Page page(@ParameterObject FiltreParametres parametres, Authentication authentication) {
        Lecteur lecteur = Lecteur.of(authentication);
        TableauReporting.Page page = tableau.page(parametres.filtre(), parametres.ordre(), parametres.numeroDePage(), lecteur);
        if (lecteur.voitIdentite()) {
            journal.liste(lecteur.userId(), NatureConsultation.TABLEAU_JSON, page.references());
        }
        return page;
    }
}
