package fr.territoire.sante.installation.erasure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that says where the reporting store keeps an accompanied professional's data and what
 * erasure does to it: for each table holding a dossier's rows, which rows, which columns are emptied
 * (and with what), which text columns stay and why, or whether the rows go altogether. Tables that hold
 * nothing about a professional are listed too, with why.
 *
 * <p>A migration that adds a table or a text column must add it here: {@code erasure.EffacementIT}
 * fails, naming it, when a table or a text column of the database is in neither list; and its proof
 * (dump the whole database after an erasure, find nothing) catches a column listed as kept that holds
 * the professional's data after all. The engine's tables are not listed: {@link EffacementDossier}
 * removes the dossier's process instances, runtime and history, through the engine's API.
 *
 * <p>What stays of an erased dossier is its statistical row: profession, origin and horizon of the
 * request (closed choices), dates, stage, outcome, communes, counts of rounds, visits and follow-ups,
 * so that the dashboard, the reporting table and the reports keep their counts.
 */
public final class InventaireDonneesPersonnelles {

    /** SQL values used below; {@code :dossier} is the dossier's id, {@code :maintenant} the erasure's time. */
    static final String NUL = "null";
    static final String VIDE = "''";

    /** How erasure treats one table of a dossier's rows, in the order they are treated. */
    public record TableDuDossier(String table, String lignes, Map<String, String> effacees, Map<String, String> conservees,
            boolean supprimee) {

        /** False for a table listed only to say why all its columns stay (the consent, say). */
        public boolean aEffacer() {
            return supprimee || !effacees.isEmpty();
        }

        /** The statement that erases the dossier's rows of this table (named parameters :dossier and :maintenant). */
        public String sql() {
            if (supprimee) {
                return "delete from " + table + " where " + lignes;
            }
            StringBuilder sql = new StringBuilder("update ").append(table).append(" set ");
            effacees.forEach((colonne, valeur) -> sql.append(colonne).append(" = ").append(valeur).append(", "));
            sql.setLength(sql.length() - 2);
            return sql.append(" where ").append(lignes).toString();
        }
    }

    private static final String VISITES_DU_DOSSIER = "select v.id from visite_planifiee v where v.dossier_id = :dossier";
    /** The outbox rows of a dossier: its visits' invitations ("visite/<id>/<seq>") and its élus' mails ("elus-<dossier>-…"). */
    private static final String COURRIELS_DU_DOSSIER = "cle like 'elus-' || :dossier || '-%' or exists (select 1 from visite_planifiee v"
            + " where v.dossier_id = :dossier and courriel_sortant.cle like 'visite/' || v.id || '/%')";

    public static final List<TableDuDossier> TABLES_DU_DOSSIER = List.of(
            table("dossier", "id = :dossier")
                    .efface("reference", "'ANONYME-' || id").efface("prenom", VIDE).efface("nom", "'(anonymisé)'")
                    .efface("email", VIDE).efface("telephone", VIDE).efface("specialite", NUL)
                    .efface("situation_actuelle", VIDE).efface("commentaire", NUL).efface("lieu_installation", NUL)
                    .efface("motif_arret", NUL).efface("process_instance_id", NUL).efface("anonymise_le", ":maintenant")
                    .conserve("profession", "choix fermé du formulaire de demande, compté par le tableau de bord")
                    .conserve("origine_demande", "choix fermé, compté par le tableau de bord")
                    .conserve("horizon", "choix fermé")
                    .conserve("etape", "étape du protocole").conserve("statut", "issue : en cours, terminé, arrêté")
                    .conserve("commune_installation", "commune : l'unité de compte des élus")
                    .build(),
            table("entretien", "dossier_id = :dossier")
                    .efface("lieu", VIDE).efface("interlocuteur_cls", NUL).efface("interlocuteur_cpts", NUL)
                    .efface("motivations", NUL).efface("disponibilites_visites", NUL).efface("dynamiques_recherchees", NUL)
                    .efface("commentaire_cpts", NUL).efface("locaux_exercice", NUL).efface("situation_familiale", NUL)
                    .efface("logement", NUL).efface("emploi_conjoint", NUL).efface("scolarite_garde", NUL)
                    .efface("loisirs", NUL).efface("communes_souhaitees", NUL).efface("besoins_famille", NUL)
                    .conserve("calendrier", "choix fermé").conserve("mode_exercice", "choix fermé")
                    .conserve("equipe_pluriprofessionnelle", "choix fermé").conserve("statut_exercice", "choix fermé")
                    .conserve("besoin_locaux", "choix fermé")
                    .build(),
            table("lieu_propose", "croisement_id in (select c.id from croisement c where c.dossier_id = :dossier)")
                    .efface("libelle", VIDE).efface("lieu_exercice_id", NUL).efface("raison", NUL)
                    .efface("reponse_commentaire", NUL).efface("reponse_par", NUL)
                    .conserve("commune", "commune du lieu proposé : compte par commune")
                    .conserve("reponse", "choix fermé : intéressé, pas pour le moment, refus")
                    .build(),
            table("croisement", "dossier_id = :dossier")
                    .efface("criteres_retenus", NUL).efface("commentaire", NUL).efface("programme_visites", NUL)
                    .efface("criteres_revises", NUL)
                    .build(),
            table("visite", "dossier_id = :dossier")
                    .efface("lieu", VIDE).efface("equipe_presente", NUL).efface("points_forts", NUL)
                    .efface("conditions_materielles", NUL)
                    .conserve("interet", "choix fermé")
                    .build(),
            table("information_elus", "dossier_id = :dossier")
                    .efface("commentaire", NUL)
                    .conserve("communes", "communes informées").conserve("moyen", "choix fermé")
                    .build(),
            table("debrief", "dossier_id = :dossier")
                    .efface("ressenti", VIDE).efface("attentes", NUL).efface("besoins", NUL).efface("synthese_visites", NUL)
                    .efface("lieux_preferes", NUL).efface("criteres_revises", NUL)
                    .conserve("type", "à chaud ou à froid").conserve("modalite", "choix fermé").conserve("decision", "choix fermé")
                    .build(),
            table("suivi", "dossier_id = :dossier")
                    .efface("lieu_exercice", NUL).efface("difficultes", NUL).efface("nouveaux_besoins", NUL)
                    .conserve("situation", "choix fermé : installé ou non").conserve("commune", "commune d'exercice : compte des installations")
                    .build(),
            table("evenement", "dossier_id = :dossier")
                    .efface("description", NUL)
                    .conserve("type", "type d'étape").conserve("auteur", "identifiant de l'agent qui a fait l'étape")
                    .build(),
            table("deplacement_entretien", "dossier_id = :dossier")
                    .efface("motif", VIDE)
                    .conserve("auteur", "identifiant de l'agent")
                    .build(),
            // The outbox first (its attachments are the ICS invitations, which carry the professional's
            // name and address), then the schedule the keys are read from.
            table("courriel_piece_jointe", "courriel_id in (select courriel_sortant.id from courriel_sortant where "
                    + COURRIELS_DU_DOSSIER + ")").supprime(),
            table("courriel_sortant", COURRIELS_DU_DOSSIER).supprime(),
            table("visite_planifiee", "dossier_id = :dossier")
                    .efface("lieu_nom", VIDE).efface("lieu_exercice_id", NUL).efface("presents_cls", NUL)
                    .efface("presents_cpts", NUL).efface("presents_lieu", NUL).efface("elus_invites", NUL)
                    .conserve("commune", "commune de la visite").conserve("statut", "prévue ou annulée")
                    .conserve("uid_ics", "identifiant aléatoire de l'invitation").conserve("modifie_par", "identifiant de l'agent")
                    .build(),
            table("courriel_elus", "dossier_id = :dossier")
                    .efface("destinataires", VIDE).efface("objet", VIDE)
                    .conserve("cle", "clé technique (dossier, tour, commune)").conserve("commune", "commune informée")
                    .conserve("envoye_par", "identifiant de l'agent")
                    .build(),
            // The consent recorded at intake (consent.Consentements): which notice, which legal basis, by whom;
            // kept as the proof the processing had its basis.
            table("consentement", "dossier_id = :dossier")
                    .conserve("version_information", "version de la notice d'information remise")
                    .conserve("base_legale", "base légale enregistrée").conserve("recueilli_par", "identifiant de l'agent")
                    .build(),
            // Rewritten from the dossier before the transaction commits; emptied here all the same.
            table("ligne_reporting", "dossier_id = :dossier")
                    .efface("reference", "'ANONYME-' || dossier_id").efface("professionnel", "'(anonymisé)'")
                    .efface("recherche", "'anonyme-' || dossier_id").efface("specialite", NUL)
                    .efface("lieu_installation", NUL).efface("motif_arret", NUL)
                    .conserve("profession", "choix fermé").conserve("origine_demande", "choix fermé")
                    .conserve("etape", "étape").conserve("statut", "issue").conserve("commune", "commune")
                    .build());

    /** Tables that hold nothing about an accompanied professional. */
    public static final Map<String, String> TABLES_SANS_PROFESSIONNEL;

    static {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("compteur_reference", "compteurs des références, par année");
        tables.put("lieu_exercice", "catalogue des lieux d'exercice : contacts professionnels des lieux");
        tables.put("elu_a_informer", "élus à informer par lieu : contacts professionnels");
        tables.put("besoin_territoire", "besoins du territoire");
        tables.put("aide_installation", "aides à l'installation");
        tables.put("preference_rappel", "choix des agents pour leur récapitulatif");
        tables.put("rapport_periodique", "rapports de l'étape F : chiffres agrégés, petits effectifs masqués");
        tables.put("destinataire_rapport", "destinataires des rapports : contacts professionnels");
        tables.put("consultation", "journal des consultations : agents, références et natures de lecture, purgé après un an");
        tables.put("effacement", "registre des effacements : quand, qui, pourquoi, jamais ce qui était");
        tables.put("flyway_schema_history", "historique des migrations du schéma");
        TABLES_SANS_PROFESSIONNEL = Collections.unmodifiableMap(tables);
    }

    private InventaireDonneesPersonnelles() {
    }

    private static Builder table(String table, String lignes) {
        return new Builder(table, lignes);
    }

    private static final class Builder {
        private final String table;
        private final String lignes;
        private final Map<String, String> effacees = new LinkedHashMap<>();
        private final Map<String, String> conservees = new LinkedHashMap<>();

        Builder(String table, String lignes) {
            this.table = table;
            this.lignes = lignes;
        }

        Builder efface(String colonne, String valeur) {
            effacees.put(colonne, valeur);
            return this;
        }

        Builder conserve(String colonne, String pourquoi) {
            conservees.put(colonne, pourquoi);
            return this;
        }

        TableDuDossier build() {
            return new TableDuDossier(table, lignes, Collections.unmodifiableMap(effacees), Collections.unmodifiableMap(conservees), false);
        }

        TableDuDossier supprime() {
            return new TableDuDossier(table, lignes, Map.of(), Map.of(), true);
        }
    }
}
