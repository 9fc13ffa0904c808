package fr.territoire.sante.installation.reminders;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * accompagnement.rappels.*: when the daily digest goes ({@code heure}, a cron in Paris time), how long a
 * task may wait for its group before it is mentioned ({@code attente}), how soon a due date counts as
 * coming ({@code echeanceProche}), how many days a digest covers at most once ({@code frequenceJours}:
 * 1 = at most one a day), how many tasks each section lists ({@code parSection}), and the application's
 * public address for the opt-out link.
 */
@ConfigurationProperties("accompagnement.rappels")
public record RappelsProperties(Boolean planifie, String heure, Duration attente, Duration echeanceProche,
        Integer frequenceJours, Integer parSection, String lienApplication) {

    public RappelsProperties {
        planifie = planifie == null || planifie;
        heure = heure == null ? "0 0 7 * * MON-FRI" : heure;
        attente = attente == null ? Duration.ofDays(2) : attente;
        echeanceProche = echeanceProche == null ? Duration.ofDays(2) : echeanceProche;
        frequenceJours = frequenceJours == null || frequenceJours < 1 ? 1 : frequenceJours;
        parSection = parSection == null || parSection < 1 ? 15 : parSection;
        lienApplication = lienApplication == null ? "http://localhost:8080" : lienApplication.replaceAll("/+$", "");
    }
}
