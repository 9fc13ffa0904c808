package fr.territoire.sante.installation.ranking;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The latest deployed version of the ranking's decision table: a process owner's change in Modeler,
 * once deployed, ranks the next dossier. Each version is parsed once. A ranking asked from Tasklist runs
 * as the CLS or CPTS member, who may read this decision (identity.IdentitySetup); our pages' threads
 * carry no engine user.
 */
@Component
class ReglesDeployees {

    private final RepositoryService repository;
    private final Map<String, TableDecision> parIdentifiant = new ConcurrentHashMap<>();

    ReglesDeployees(RepositoryService repository) {
        this.repository = repository;
    }

    TableDecision actuelles() {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(TableDecision.CLE).latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("Decision '" + TableDecision.CLE + "' is not deployed");
        }
        return parIdentifiant.computeIfAbsent(definition.getId(), id -> TableDecision.lire(repository.getDecisionModel(id), id));
    }
}
