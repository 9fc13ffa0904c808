package fr.territoire.sante.installation.reminders;

import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.ProcessKeys;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * A group's tasks worth a reminder, by section: deadline passed (the 10-day matching first), due date
 * coming, waiting unclaimed for too long, cold debrief or follow-up due this week. Each section is one
 * count and one short page from the engine's task table, so a large backlog costs the same as a small one.
 */
@Service
class TachesARappeler {

    static final String CROISEMENT = "UserTask_CroiserBesoinsLieux";
    static final List<String> DEBRIEF_ET_SUIVIS = List.of("UserTask_MenerDebriefAFroid", "UserTask_RealiserSuivi3Mois",
            "UserTask_RealiserSuivi6Mois", "UserTask_RealiserSuivi12Mois");
    private static final ZoneId PARIS = Calendrier.FUSEAU; // the project's one time zone

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RappelsProperties properties;

    TachesARappeler(TaskService tasks, RuntimeService runtime, RappelsProperties properties) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.properties = properties;
    }

    Map<Section, Extrait> pour(String groupe, Instant maintenant) {
        Date now = Date.from(maintenant);
        Map<Section, Extrait> sections = new EnumMap<>(Section.class);
        sections.put(Section.DELAI_DEPASSE, delaisDepasses(groupe, now));
        sections.put(Section.ECHEANCE_PROCHE, extrait(offertes(groupe).dueAfter(now)
                .dueBefore(Date.from(maintenant.plus(properties.echeanceProche()))).orderByDueDate().asc().orderByTaskId().asc()));
        sections.put(Section.EN_ATTENTE, extrait(tasks.createTaskQuery().processDefinitionKey(ProcessKeys.ACCOMPAGNEMENT)
                .taskCandidateGroup(groupe).taskUnassigned()
                .taskCreatedBefore(Date.from(maintenant.minus(properties.attente()))).orderByTaskCreateTime().asc()));
        var jour = maintenant.atZone(PARIS).toLocalDate();
        Instant lundi = jour.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(PARIS).toInstant();
        Instant lundiSuivant = jour.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atStartOfDay(PARIS).toInstant();
        sections.put(Section.CETTE_SEMAINE, extrait(offertes(groupe).taskDefinitionKeyIn(DEBRIEF_ET_SUIVIS.toArray(String[]::new))
                .dueAfter(Date.from(lundi)).dueBefore(Date.from(lundiSuivant)).orderByDueDate().asc().orderByTaskId().asc()));
        return sections;
    }

    private TaskQuery offertes(String groupe) {
        return tasks.createTaskQuery().processDefinitionKey(ProcessKeys.ACCOMPAGNEMENT).taskCandidateGroup(groupe)
                .includeAssignedTasks();
    }

    /** Late matchings lead: the protocol's own deadline, the one the CLS and the CPTS are judged on. */
    private Extrait delaisDepasses(String groupe, Date now) {
        Extrait croisements = extrait(offertes(groupe).taskDefinitionKey(CROISEMENT).dueBefore(now).orderByDueDate().asc().orderByTaskId().asc());
        Extrait tous = extrait(offertes(groupe).dueBefore(now).orderByDueDate().asc().orderByTaskId().asc());
        List<TacheRappelee> ordre = new ArrayList<>(croisements.taches());
        Set<String> deja = ordre.stream().map(TacheRappelee::id).collect(Collectors.toSet());
        tous.taches().stream().filter(t -> !deja.contains(t.id())).forEach(ordre::add);
        return new Extrait(tous.total(), ordre.subList(0, Math.min(ordre.size(), properties.parSection())));
    }

    private Extrait extrait(TaskQuery query) {
        long total = query.count();
        if (total == 0) {
            return Extrait.VIDE;
        }
        List<Task> page = query.listPage(0, properties.parSection());
        Map<String, String> references = references(page);
        return new Extrait(total, page.stream().map(task -> new TacheRappelee(task.getId(),
                references.getOrDefault(task.getProcessInstanceId(), "?"), task.getName(), task.getTaskDefinitionKey(),
                instant(task.getCreateTime()), instant(task.getDueDate()))).toList());
    }

    /** The dossier reference is each process instance's business key: one query for the whole page. */
    private Map<String, String> references(List<Task> page) {
        Set<String> instances = page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> references = new HashMap<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(instances).list()) {
            references.put(instance.getId(), instance.getBusinessKey());
        }
        return references;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
