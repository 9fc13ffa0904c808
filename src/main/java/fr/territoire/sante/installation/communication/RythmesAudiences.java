package fr.territoire.sante.installation.communication;

import fr.territoire.sante.installation.reports.Audience;

/**
 * The protocol's rhythm per audience (stage F), in months. The diagram's timer cycles are what run;
 * this only serves when a process owner writes a cycle whose length is not in months (a cron expression).
 */
final class RythmesAudiences {

    private RythmesAudiences() {
    }

    static int moisParDefaut(Audience audience) {
        return switch (audience) {
            case ELUS_REFERENTS, POLES_SANTE, CPAM_ARS -> 3;
            case CDOM -> 6;
            case COPIL_CLS, CONFERENCE_MAIRES -> 12;
        };
    }
}
