package fr.territoire.sante.installation.reminders;

import fr.territoire.sante.installation.process.Calendrier;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one person's digest from their groups' sections: French plain text, each task with its
 * dossier's reference, its name, its date and its link in Tasklist; never the professional's name. A
 * task offered to two of the person's groups is listed once.
 */
final class Recapitulatif {

    private static final ZoneId PARIS = Calendrier.FUSEAU; // the project's one time zone

    private Recapitulatif() {
    }

    record Texte(String objet, String corps) {
    }

    /** Null when there is nothing to remind: no e-mail at all. */
    static Texte ecrire(String prenom, Map<String, Map<Section, Extrait>> parGroupe, Instant maintenant,
            String lienTasklist, String lienApplication) {
        Map<Section, Map<String, TacheRappelee>> sections = new LinkedHashMap<>();
        Map<Section, Long> totaux = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            Map<String, TacheRappelee> taches = new LinkedHashMap<>();
            long total = 0;
            for (Map<Section, Extrait> groupe : parGroupe.values()) {
                Extrait extrait = groupe.getOrDefault(section, Extrait.VIDE);
                total += extrait.total();
                extrait.taches().forEach(t -> taches.putIfAbsent(t.id(), t));
            }
            if (total > 0) {
                sections.put(section, taches);
                totaux.put(section, Math.max(total, taches.size()));
            }
        }
        if (sections.isEmpty()) {
            return null;
        }
        StringBuilder corps = new StringBuilder();
        corps.append("Bonjour").append(prenom == null || prenom.isBlank() ? "" : " " + prenom).append(",\n\n")
                .append("Voici les tâches de l'accompagnement à l'installation qui vous attendent, vous ou votre groupe (")
                .append(String.join(", ", parGroupe.keySet()).toUpperCase()).append("), au ")
                .append(Calendrier.JOUR.format(maintenant.atZone(PARIS))).append(".\n");
        sections.forEach((section, taches) -> {
            long total = totaux.get(section);
            corps.append("\n").append(section.titre).append(" (").append(total).append(") :\n");
            for (TacheRappelee tache : taches.values()) {
                corps.append("- ").append(tache.reference()).append(" – ").append(tache.nom());
                if (tache.echeance() != null) {
                    corps.append(" – échéance le ").append(Calendrier.JOUR.format(tache.echeance().atZone(PARIS)));
                } else if (section == Section.EN_ATTENTE) {
                    corps.append(" – créée le ").append(Calendrier.JOUR.format(tache.creeLe().atZone(PARIS)));
                }
                corps.append("\n  ").append(lienTasklist).append("default/#/?task=").append(tache.id()).append("\n");
            }
            if (total > taches.size()) {
                corps.append("  … et ").append(total - taches.size()).append(" autre(s) dans Tasklist : ").append(lienTasklist).append("\n");
            }
        });
        corps.append("\nCe rappel part au plus une fois par jour. Pour ne plus le recevoir, ou le recevoir à nouveau : ")
                .append(lienApplication).append("/mes-rappels\n");
        long retards = totaux.getOrDefault(Section.DELAI_DEPASSE, 0L);
        long proches = totaux.getOrDefault(Section.ECHEANCE_PROCHE, 0L);
        String objet = "Rappel des tâches : " + List.of(
                        retards > 0 ? retards + " en retard" : "",
                        proches > 0 ? proches + " à échéance proche" : "")
                .stream().filter(s -> !s.isEmpty()).reduce((a, b) -> a + ", " + b).orElse("tâches à prendre ou prévues cette semaine");
        return new Texte(objet, corps.toString());
    }
}
