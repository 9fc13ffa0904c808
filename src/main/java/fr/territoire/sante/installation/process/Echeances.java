package fr.territoire.sante.installation.process;

import java.time.Duration;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Due dates the diagrams compute, e.g. {@code camunda:dueDate="${echeances.dansJours(7)}"}. */
@Component("echeances")
public class Echeances {

    public Date dansJours(int jours) {
        return Calendrier.date(Calendrier.maintenant().plus(Duration.ofDays(jours)));
    }
}
