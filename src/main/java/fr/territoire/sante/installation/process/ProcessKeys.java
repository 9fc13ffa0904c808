package fr.territoire.sante.installation.process;

import java.util.List;

/** Process definition keys; each equals its diagram's file name in bpmn/. */
public final class ProcessKeys {

    public static final String ACCOMPAGNEMENT = "accompagnement-installation";
    public static final String ARRET_DEMARCHE = "arret-demarche";
    public static final String DEPLACEMENT_ENTRETIEN = "deplacement-entretien";
    /** Stage F: started by its timers (one per audience) or by a message for a report made on demand. */
    public static final String COMMUNICATION = "communication-periodique";

    public static final List<String> STARTABLE_BY_STAFF = List.of(ACCOMPAGNEMENT, ARRET_DEMARCHE, DEPLACEMENT_ENTRETIEN);

    /** The interview task of the main process, whose due date is the appointment. */
    public static final String TACHE_ENTRETIEN = "UserTask_MenerEntretien";

    private ProcessKeys() {
    }
}
