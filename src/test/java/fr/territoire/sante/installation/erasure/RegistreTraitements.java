package fr.territoire.sante.installation.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.territoire.sante.installation.identity.Groups;
import fr.territoire.sante.installation.process.ProcessKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes docs/registre-des-traitements.md, the records of processing activities (GDPR article 30) of the
 * CLS and of the CPTS, from what the application itself is configured with: the diagrams (who works on
 * which step, retention periods), the forms (the data collected, field by field), the groups
 * (identity.IdentitySetup), the store's inventory ({@link InventaireDonneesPersonnelles}) and
 * application.yaml (cleanup window, outbox, reminders). What no configuration says (the controllers'
 * roles, purposes, security measures) is written here once, in French.
 */
final class RegistreTraitements {

    static final Path FICHIER = Path.of("docs/registre-des-traitements.md");
    static final String COMMANDE = "mvn -B -o -Dlint.skip=true test -Dtest=RegistreTraitementsTest -Dregistre.ecrire=true";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CHOIX = Set.of("select", "radio", "checkbox", "checklist");
    private static final Set<String> TEXTES = Set.of("textfield", "textarea");

    /** One step where a form is filled: its name in the diagram, its form, the groups who fill it. */
    record Etape(String processus, String nom, String formulaire, List<String> groupes) {
    }

    /** One field of a form: its label and what kind of value it holds. */
    record Champ(String libelle, String nature) {
    }

    private final Path racine;
    private final List<Etape> etapes = new ArrayList<>();
    private final Map<String, String> dureesHistorique = new LinkedHashMap<>();
    private final Map<String, String> groupes = new LinkedHashMap<>();
    private final Map<String, Object> configuration;

    RegistreTraitements(Path racine) {
        this.racine = racine;
        lireDiagrammes();
        lireGroupes();
        this.configuration = lireConfiguration();
    }

    String generer() {
        StringBuilder md = new StringBuilder();
        md.append("# Registre des activités de traitement (RGPD, article 30)\n\n");
        md.append("> Généré par `erasure.RegistreTraitements` (tests) à partir de la configuration de l'application : diagrammes\n"
                + "> (`bpmn/`), formulaires (`forms/`), groupes (`identity.IdentitySetup`), inventaire du stockage\n"
                + "> (`erasure.InventaireDonneesPersonnelles`) et `application.yaml`. Ne pas le modifier à la main : après un\n"
                + "> changement de ces sources, régénérez-le avec\n> `" + COMMANDE + "`\n"
                + "> (`RegistreTraitementsTest` échoue tant que le fichier diffère de ce que la configuration donne).\n\n");
        md.append("Territoire : ").append(valeur("accompagnement.territoire")).append(".\n\n");
        md.append("""
                ## Qui est qui

                Le protocole d'accompagnement est mené ensemble par le **Contrat local de santé (CLS)** et la
                **Communauté professionnelle territoriale de santé (CPTS)** : ils déterminent ensemble les finalités
                (accompagner le professionnel jusqu'à son installation) et les moyens (cette application, un seul
                dossier partagé). Ils sont donc **responsables conjoints du traitement** (article 26) ; chacun tient
                ci-dessous le registre de sa part. Le CLS recueille la demande et la partie « environnement familial »
                de l'entretien, qui ne sont qu'à lui, répond aux demandes d'exercice des droits (ses référents
                données personnelles, groupe `rgpd`) et héberge l'application ; la CPTS recueille le projet
                professionnel, mène le croisement et organise les visites. Le groupe `pilotage` ne lit que des
                données sans identité ; il n'est pas responsable de traitement.
                À faire valider par les délégués à la protection des données des deux structures (accord de
                responsabilité conjointe, mentions d'information).

                """);
        traitement(md, "1. Traitement du CLS", Groups.CLS,
                "Accompagner les professionnels de santé qui envisagent de s'installer sur le territoire (demande, entretien, "
                        + "environnement familial, débriefs, suivis à 3, 6 et 12 mois), suivre l'activité et en rendre compte aux élus "
                        + "et partenaires par des chiffres agrégés.");
        traitement(md, "2. Traitement de la CPTS", Groups.CPTS,
                "Accompagner les professionnels de santé dans leur projet d'exercice (projet professionnel, croisement avec les "
                        + "lieux d'exercice du territoire, contact des lieux, organisation des visites, débriefs).");
        annexeStockage(md);
        return md.toString();
    }

    private void traitement(StringBuilder md, String titre, String groupe, String finalite) {
        md.append("## ").append(titre).append("\n\n");
        md.append("| Rubrique | Contenu |\n|---|---|\n");
        ligne(md, "Responsable", groupes.get(groupe) + " (groupe `" + groupe + "`), responsable conjoint avec "
                + groupes.get(groupe.equals(Groups.CLS) ? Groups.CPTS : Groups.CLS));
        ligne(md, "Finalité", finalite);
        ligne(md, "Base légale", "Consentement du professionnel (article 6.1.a), recueilli à la demande : « "
                + libelle("demande-accompagnement", "consentement") + " »");
        ligne(md, "Personnes concernées", "Professionnels de santé accompagnés ; agents du CLS et de la CPTS (identifiant, étapes "
                + "faites) ; contacts professionnels des lieux d'exercice et élus (catalogue)");
        ligne(md, "Étapes où ce groupe saisit des données", etapes.stream().filter(e -> e.groupes().contains(groupe))
                .map(e -> e.nom() + " (`" + e.formulaire() + "`)").collect(Collectors.joining(" ; ")));
        ligne(md, "Données sensibles (article 9)", "Aucune n'est demandée ; les textes libres peuvent en révéler : ils ne sont "
                + "montrés ni à `pilotage` ni dans les rapports");
        ligne(md, "Destinataires internes", "Groupes " + groupes.entrySet().stream().filter(g -> !g.getKey().equals(Groups.PILOTAGE))
                .map(g -> "`" + g.getKey() + "` (" + g.getValue() + ")").collect(Collectors.joining(", "))
                + " ; `pilotage` (" + groupes.get(Groups.PILOTAGE) + ") : chiffres et étapes sans identité");
        ligne(md, "Destinataires des courriels", "le professionnel et le contact du lieu (invitations aux visites, fichier ICS) ; "
                + "les élus des communes visitées (le nom du professionnel seulement si le CLS le coche) ; les agents "
                + "(récapitulatif quotidien, alerte de retard : référence seule) ; les destinataires des rapports (chiffres agrégés)");
        ligne(md, "Transferts hors de l'Union européenne", "Aucun");
        ligne(md, "Sous-traitants", "Aucun déclaré par l'application : moteur, base PostgreSQL et serveur de messagerie "
                + "(`MAIL_HOST`) sont ceux de l'hébergement choisi par le CLS ; à compléter s'il est externalisé");
        ligne(md, "Durée de conservation", conservation());
        ligne(md, "Droits des personnes", "Accès : export du dossier par le CLS. Effacement : page « Droit à l'effacement » "
                + "du dossier, réservée au groupe `" + Groups.RGPD + "` (" + groupes.get(Groups.RGPD) + "), qui garde un "
                + "registre des effacements sans les données effacées");
        ligne(md, "Mesures de sécurité", "Une connexion, droits par groupe (autorisations Camunda, pages), jeton CSRF, historique "
                + "du moteur au niveau `" + valeur("camunda.bpm.history-level") + "` (les valeurs des formulaires n'y sont pas), "
                + "journaux sans donnée personnelle, corps des courriels vidé après envoi");
        md.append("\n### Données recueillies par les formulaires de ses étapes\n\n");
        md.append("| Étape | Champ | Nature |\n|---|---|---|\n");
        for (Etape etape : etapes) {
            if (!etape.groupes().contains(groupe)) {
                continue;
            }
            for (Champ champ : champs(etape.formulaire())) {
                md.append("| ").append(etape.nom()).append(" | ").append(champ.libelle()).append(" | ").append(champ.nature()).append(" |\n");
            }
        }
        md.append('\n');
    }

    private String conservation() {
        String dossier = dureesHistorique.get(ProcessKeys.ACCOMPAGNEMENT);
        return "Dossier clos (terminé ou arrêté) : " + jours(dossier) + " après sa clôture, puis anonymisé (ligne statistique "
                + "sans identité) ; la même durée (`historyTimeToLive` du diagramme) fixe l'effacement de l'historique du moteur "
                + "(nettoyage chaque nuit entre " + valeur("camunda.bpm.generic-properties.properties.history-cleanup-batch-window-start-time")
                + " et " + valeur("camunda.bpm.generic-properties.properties.history-cleanup-batch-window-end-time")
                + ", heure du serveur) et l'anonymisation du stockage (`accompagnement.conservation.heure` : `"
                + valeur("accompagnement.conservation.heure") + "`). Processus démarrés au sujet d'un dossier (même clé "
                + "métier, effacés avec lui) : "
                + ProcessKeys.STARTABLE_BY_STAFF.stream().filter(p -> !p.equals(ProcessKeys.ACCOMPAGNEMENT))
                        .map(p -> "`" + p + "` " + jours(dureesHistorique.get(p))).collect(Collectors.joining(", "))
                + ". Rapports de l'étape F (`" + ProcessKeys.COMMUNICATION + "`, sans donnée de professionnel) : "
                + jours(dureesHistorique.get(ProcessKeys.COMMUNICATION))
                + ". Courriels : corps et pièces jointes vidés dès l'envoi. Dossier en cours : tant que dure l'accompagnement, "
                + "sauf demande d'effacement";
    }

    private static String jours(String duree) {
        Period periode = Period.parse(duree);
        return periode.getDays() + " jours (" + duree + ")";
    }

    private void annexeStockage(StringBuilder md) {
        md.append("## Annexe : où le stockage garde les données du professionnel, et ce qu'en fait l'effacement\n\n");
        md.append("| Table | Effacé ou remplacé | Gardé, et pourquoi |\n|---|---|---|\n");
        for (InventaireDonneesPersonnelles.TableDuDossier table : InventaireDonneesPersonnelles.TABLES_DU_DOSSIER) {
            String effacees = table.supprimee() ? "lignes supprimées" : String.join(", ", table.effacees().keySet());
            String gardees = table.conservees().entrySet().stream().map(e -> e.getKey() + " : " + e.getValue())
                    .collect(Collectors.joining(" ; "));
            md.append("| `").append(table.table()).append("` | ").append(effacees).append(" | ").append(gardees.isEmpty() ? "—" : gardees)
                    .append(" |\n");
        }
        md.append("\nTables sans donnée de professionnel accompagné : ");
        md.append(InventaireDonneesPersonnelles.TABLES_SANS_PROFESSIONNEL.entrySet().stream()
                .map(e -> "`" + e.getKey() + "` (" + e.getValue() + ")").collect(Collectors.joining(", ")));
        md.append(".\n\nMoteur de processus : l'effacement retire les instances du dossier (la sienne, ses arrêts et "
                + "déplacements de rendez-vous, reconnus à la référence en clé métier), à l'exécution puis dans l'historique "
                + "(variables, commentaires, tâches, travaux, incidents).\n");
    }

    private static void ligne(StringBuilder md, String rubrique, String contenu) {
        md.append("| ").append(rubrique).append(" | ").append(contenu.replace("|", "\\|")).append(" |\n");
    }

    private void lireDiagrammes() {
        try (Stream<Path> fichiers = Files.list(racine.resolve("bpmn"))) {
            for (Path fichier : fichiers.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance modele = Bpmn.readModelFromFile(fichier.toFile());
                for (Process processus : modele.getModelElementsByType(Process.class)) {
                    dureesHistorique.put(processus.getId(), processus.getCamundaHistoryTimeToLiveString());
                    for (StartEvent debut : processus.getChildElementsByType(StartEvent.class)) {
                        String formulaire = debut.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
                        if (formulaire != null) {
                            etapes.add(new Etape(processus.getId(), debut.getName(), formulaire,
                                    liste(processus.getCamundaCandidateStarterGroups())));
                        }
                    }
                }
                for (UserTask tache : modele.getModelElementsByType(UserTask.class)) {
                    String formulaire = tache.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
                    if (formulaire != null) {
                        etapes.add(new Etape(fichier.getFileName().toString(), tache.getName(), formulaire,
                                liste(tache.getCamundaCandidateGroups())));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> liste(String groupes) {
        return groupes == null ? List.of() : Arrays.stream(groupes.split(",")).map(String::strip).toList();
    }

    /** The groups' display names, as identity.IdentitySetup creates them. */
    private void lireGroupes() {
        Matcher creation = Pattern.compile("createGroupIfMissing\\(Groups\\.(\\w+), \"([^\"]+)\"")
                .matcher(lire("src/main/java/fr/territoire/sante/installation/identity/IdentitySetup.java"));
        while (creation.find()) {
            try {
                groupes.put((String) Groups.class.getField(creation.group(1)).get(null), creation.group(2));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Groups." + creation.group(1), e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> lireConfiguration() {
        return new Yaml().loadAs(lire("src/main/resources/application.yaml"), Map.class);
    }

    /** A setting of application.yaml, with any ${ENV:default} shown as its default. */
    @SuppressWarnings("unchecked")
    private String valeur(String chemin) {
        Object noeud = configuration;
        for (String cle : chemin.split("\\.(?=[a-z-]+)")) {
            noeud = ((Map<String, Object>) noeud).get(cle);
        }
        String texte = String.valueOf(noeud);
        Matcher variable = Pattern.compile("\\$\\{[A-Z_]+:([^}]*)}").matcher(texte);
        return variable.matches() ? variable.group(1) : texte;
    }

    private List<Champ> champs(String formulaire) {
        List<Champ> champs = new ArrayList<>();
        try {
            ajouter(JSON.readTree(lire("forms/" + formulaire + ".form")).path("components"), champs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return champs;
    }

    private static void ajouter(JsonNode composants, List<Champ> champs) {
        for (JsonNode composant : composants) {
            String type = composant.path("type").asText();
            String libelle = composant.path("label").asText("");
            if (composant.has("key") && !libelle.isBlank()) {
                String nature = TEXTES.contains(type) ? "texte libre" : CHOIX.contains(type) ? "choix fermé"
                        : type.equals("datetime") ? "date" : type;
                champs.add(new Champ(libelle.replace("|", "\\|").replace("\n", " "), nature));
            }
            ajouter(composant.path("components"), champs);
        }
    }

    private String libelle(String formulaire, String cle) {
        try {
            for (JsonNode composant : JSON.readTree(lire("forms/" + formulaire + ".form")).path("components")) {
                if (cle.equals(composant.path("key").asText())) {
                    return composant.path("label").asText();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException(formulaire + " has no field " + cle);
    }

    private String lire(String chemin) {
        try {
            return Files.readString(racine.resolve(chemin), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
