package fr.territoire.sante.installation.visits;

import fr.territoire.sante.installation.catalogue.EluAInformer;
import fr.territoire.sante.installation.catalogue.LieuExercice;
import fr.territoire.sante.installation.catalogue.LieuExerciceRepository;
import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.Professionnel;
import fr.territoire.sante.installation.interview.Entretien;
import fr.territoire.sante.installation.interview.EntretienRepository;
import fr.territoire.sante.installation.notification.CourrielAEnvoyer;
import fr.territoire.sante.installation.notification.CourrielSortant;
import fr.territoire.sante.installation.notification.Courriels;
import fr.territoire.sante.installation.notification.StatutCourriel;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.reporting.Libelles;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * C/D. The e-mails to the élus of the communes where visits are planned: prepared when the CLS's task
 * opens (one per commune, to the élus the catalogue gives for the commune's visited sites), checked and
 * queued in the outbox when the CLS sends them from the task, and recorded on the dossier.
 */
@Service
@Transactional
public class CourrielsElus {

    private final PlanningVisites planning;
    private final LieuExerciceRepository lieux;
    private final EntretienRepository entretiens;
    private final Libelles libelles;
    private final Courriels outbox;
    private final InformationElusCourrielRepository envois;

    CourrielsElus(PlanningVisites planning, LieuExerciceRepository lieux, EntretienRepository entretiens,
            Libelles libelles, Courriels outbox, InformationElusCourrielRepository envois) {
        this.planning = planning;
        this.lieux = lieux;
        this.entretiens = entretiens;
        this.libelles = libelles;
        this.outbox = outbox;
        this.envois = envois;
    }

    /** The drafts for the dossier's planned visits, and the communes whose élus have no known address. */
    public Preparation preparer(Dossier dossier) {
        Map<String, Commune> communes = new LinkedHashMap<>();
        for (VisitePlanifiee visite : planning.prevues(dossier.getId())) {
            String nom = visite.getCommune() == null || visite.getCommune().isBlank()
                    ? "commune non renseignée (" + visite.getLieuNom() + ")" : visite.getCommune().trim();
            Commune commune = communes.computeIfAbsent(normaliser(nom), key -> new Commune(nom));
            commune.visites.add(visite);
            if (visite.getLieuExerciceId() != null) {
                lieux.findById(visite.getLieuExerciceId()).map(LieuExercice::getElus).ifPresent(commune::ajouter);
            }
        }
        String profession = libelles.options().profession(dossier.getProfessionnel().getProfession());
        String contactCls = entretiens.findByDossierId(dossier.getId()).map(Entretien::getInterlocuteurCls).orElse(null);
        List<BrouillonCourrielElus> brouillons = new ArrayList<>();
        List<String> sansAdresse = new ArrayList<>();
        for (Commune commune : communes.values()) {
            if (commune.elus.isEmpty()) {
                sansAdresse.add(commune.nom);
            } else {
                brouillons.add(new BrouillonCourrielElus(commune.nom, List.copyOf(commune.elus.values()),
                        RedactionCourrielElus.objet(commune.nom, commune.visites),
                        RedactionCourrielElus.message(commune.nom, commune.visites, profession, contactCls)));
            }
        }
        return new Preparation(brouillons, sansAdresse);
    }

    /** What the CLS submitted for one commune: the subject and message as reviewed. */
    public record Saisie(String commune, String objet, String message) {
    }

    /**
     * The French problems of a submission against the recipients prepared when the task opened (commune
     * → addresses): each prepared commune once, no other. Empty when it can be sent.
     */
    public static List<String> verifier(Map<String, List<String>> prepares, List<Saisie> saisies) {
        List<String> problemes = new ArrayList<>();
        Map<String, String> attendues = new LinkedHashMap<>();
        prepares.keySet().forEach(commune -> attendues.put(normaliser(commune), commune));
        Set<String> vues = new LinkedHashSet<>();
        for (Saisie saisie : saisies) {
            String commune = saisie.commune() == null ? "" : saisie.commune().trim();
            String cle = normaliser(commune);
            if (!attendues.containsKey(cle)) {
                problemes.add(commune.isEmpty() ? "un courriel n'indique pas sa commune"
                        : "la commune « " + commune + " » n'a pas de courriel préparé (aucune visite prévue ou aucun élu connu)");
            } else if (!vues.add(cle)) {
                problemes.add("la commune « " + commune + " » a deux courriels");
            }
        }
        attendues.forEach((cle, commune) -> {
            if (!vues.contains(cle)) {
                problemes.add("le courriel préparé pour « " + commune + " » manque");
            }
        });
        return problemes;
    }

    /**
     * Queues one e-mail per commune in the outbox, to the addresses prepared when the task opened, and
     * records it on the dossier. A mail already queued for this round and commune is neither queued nor
     * recorded again. Returns how many communes were e-mailed by this call.
     *
     * @param inclureNom the CLS chose to name the professional: a line with their name ends each mail
     * @param auteur     the Camunda user id of the CLS member who sends
     */
    public int envoyer(Dossier dossier, Long croisementId, Map<String, List<String>> prepares, List<Saisie> saisies,
            boolean inclureNom, String auteur) {
        Map<String, List<String>> adresses = new LinkedHashMap<>();
        prepares.forEach((commune, destinataires) -> adresses.put(normaliser(commune), destinataires));
        int envoyes = 0;
        for (Saisie saisie : saisies) {
            List<String> destinataires = adresses.get(normaliser(saisie.commune()));
            String cle = cle(dossier.getId(), croisementId, saisie.commune());
            String texte = inclureNom ? saisie.message() + "\n\n" + ligneNom(dossier.getProfessionnel()) : saisie.message();
            if (outbox.programmer(new CourrielAEnvoyer(cle, destinataires, saisie.objet(), texte, List.of()))) {
                envois.save(new InformationElusCourriel(dossier.getId(), croisementId, cle, saisie.commune().trim(),
                        destinataires, saisie.objet(), inclureNom, auteur, Calendrier.maintenant()));
                envoyes++;
            }
        }
        return envoyes;
    }

    /** The e-mails sent to the élus of the dossier, oldest first, each with where the outbox stands with it. */
    @Transactional(readOnly = true)
    public List<Envoi> envois(Long dossierId) {
        Map<String, CourrielSortant> file = new LinkedHashMap<>();
        outbox.parCle("elus-" + dossierId + "-").forEach(courriel -> file.put(courriel.getCle(), courriel));
        return envois.findByDossierIdOrderByIdAsc(dossierId).stream().map(envoi -> {
            CourrielSortant courriel = file.get(envoi.getCle());
            return new Envoi(envoi, courriel == null ? null : courriel.getStatut(), courriel == null ? null : courriel.getEnvoyeLe(),
                    courriel == null ? 0 : courriel.getTentatives());
        }).toList();
    }

    /** One e-mail to a commune's élus, and its outbox state (null statut: no longer in the outbox). */
    public record Envoi(InformationElusCourriel courriel, StatutCourriel statut, Instant envoyeLe, int tentatives) {
    }

    /** "elus-12-34-saint-aubin-des-pres": the outbox key of one round's mail to one commune. */
    static String cle(Long dossierId, Long croisementId, String commune) {
        return "elus-" + dossierId + "-" + croisementId + "-" + normaliser(commune);
    }

    /** Lower case, no accents, words joined by "-": "Saint-Aubin-des-Prés" and "saint aubin des pres" are one commune. */
    static String normaliser(String commune) {
        String sansAccents = Normalizer.normalize(commune == null ? "" : commune, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return sansAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
    }

    private static String ligneNom(Professionnel professionnel) {
        return "Professionnel accompagné : " + professionnel.getPrenom() + " " + professionnel.getNom();
    }

    /** The drafts, and the communes with planned visits but no élu address in the catalogue. */
    public record Preparation(List<BrouillonCourrielElus> brouillons, List<String> communesSansAdresse) {

        public Preparation {
            brouillons = List.copyOf(brouillons);
            communesSansAdresse = List.copyOf(communesSansAdresse);
        }

        /** Commune → addresses, kept while the task is open: what will be sent, whatever the form says. */
        public Map<String, List<String>> destinataires() {
            Map<String, List<String>> destinataires = new LinkedHashMap<>();
            brouillons.forEach(b -> destinataires.put(b.commune(), b.adresses()));
            return destinataires;
        }

        /** Some élus cannot be e-mailed (or there is nothing to e-mail): the CLS records another means. */
        public boolean autreMoyen() {
            return brouillons.isEmpty() || !communesSansAdresse.isEmpty();
        }
    }

    /** One commune's visits and its élus, each address once (the first name given for it is kept). */
    private static final class Commune {
        final String nom;
        final List<VisitePlanifiee> visites = new ArrayList<>();
        final Map<String, EluAInformer> elus = new LinkedHashMap<>();

        Commune(String nom) {
            this.nom = nom;
        }

        void ajouter(List<EluAInformer> elusDuLieu) {
            for (EluAInformer elu : elusDuLieu) {
                if (elu.email() != null && !elu.email().isBlank()) {
                    elus.putIfAbsent(elu.email().trim().toLowerCase(Locale.ROOT),
                            new EluAInformer(elu.nom(), elu.fonction(), elu.email().trim()));
                }
            }
        }
    }
}
