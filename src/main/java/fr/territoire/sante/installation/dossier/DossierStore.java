package fr.territoire.sante.installation.dossier;

import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.ProcessVariables;
import java.time.Year;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/** Finds and creates dossiers for the process; every write joins the engine's transaction. */
@Service
public class DossierStore {

    private final DossierRepository dossiers;
    private final References references;

    DossierStore(DossierRepository dossiers, References references) {
        this.dossiers = dossiers;
        this.references = references;
    }

    public Dossier open(Professionnel professionnel) {
        String reference = references.next(Year.from(Calendrier.aujourdhui()));
        return dossiers.save(new Dossier(reference, professionnel, Calendrier.maintenant()));
    }

    /** The dossier a running process instance works on. */
    public Dossier of(DelegateExecution execution) {
        Long id = (Long) execution.getVariable(ProcessVariables.DOSSIER_ID);
        return dossiers.findById(id)
                .orElseThrow(() -> new IllegalStateException("No dossier " + id + " for " + execution.getProcessInstanceId()));
    }
}
