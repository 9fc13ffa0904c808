package fr.territoire.sante.installation.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The page's form as posted: every value kept as typed (texts, never numbers or booleans, so that
 * binding cannot fail and the person gets their input back), turned into a {@link SaisieLieu} for the
 * checks. Checkboxes post their values; élus come one "Nom | fonction | e-mail" per line.
 */
public class FormulaireLieu {

    /** Where each field of SaisieLieu's messages is in the page, for the error summary's links. */
    private static final Map<String, String> CHAMPS = Map.ofEntries(
            Map.entry("Nom du lieu", "nom"), Map.entry("Type de lieu", "type"), Map.entry("Commune", "commune"),
            Map.entry("Intercommunalité", "intercommunalite"),
            Map.entry("Professions présentes", "professionsPresentes-0"),
            Map.entry("Professions recherchées", "professionsRecherchees-0"),
            Map.entry("Modes d'exercice", "modesExercice-0"),
            Map.entry("Équipe pluriprofessionnelle", "equipePluriprofessionnelle"),
            Map.entry("Locaux disponibles", "locauxDisponibles"),
            Map.entry("Description des locaux", "descriptionLocaux"), Map.entry("Loyer mensuel (€)", "loyerMensuel"),
            Map.entry("Secrétariat", "secretariat"), Map.entry("Projet de santé et dynamique", "projetSante"),
            Map.entry("Contact : nom", "contactNom"), Map.entry("Contact : fonction", "contactFonction"),
            Map.entry("Contact : e-mail", "contactEmail"), Map.entry("Contact : téléphone", "contactTelephone"));

    private String nom;
    private String type;
    private String commune;
    private String intercommunalite;
    private List<String> professionsPresentes = new ArrayList<>();
    private List<String> professionsRecherchees = new ArrayList<>();
    private List<String> modesExercice = new ArrayList<>();
    private String equipePluriprofessionnelle;
    private String locauxDisponibles;
    private String descriptionLocaux;
    private String loyerMensuel;
    private String secretariat;
    private String projetSante;
    private String contactNom;
    private String contactFonction;
    private String contactEmail;
    private String contactTelephone;
    private String elus;

    /** The id of the input a message of SaisieLieu is about. */
    public static String idDuChamp(String champ) {
        return champ.startsWith("Élus à informer") ? "elus" : CHAMPS.getOrDefault(champ, "nom");
    }

    /** A message of the error summary and the field it links to. */
    public record Ancre(String id, String texte) {
    }

    static List<Ancre> ancres(List<SaisieLieu.Erreur> erreurs) {
        return erreurs.stream().map(e -> new Ancre(idDuChamp(e.champ()), e.toString())).toList();
    }

    static FormulaireLieu de(LieuExercice lieu) {
        FormulaireLieu f = new FormulaireLieu();
        f.nom = lieu.getNom();
        f.type = lieu.getType().name();
        f.commune = lieu.getCommune();
        f.intercommunalite = lieu.getIntercommunalite();
        f.professionsPresentes = new ArrayList<>(SaisieLieu.valeurs(lieu.getProfessionsPresentes()));
        f.professionsRecherchees = new ArrayList<>(SaisieLieu.valeurs(lieu.getProfessionsRecherchees()));
        f.modesExercice = new ArrayList<>(SaisieLieu.valeurs(lieu.getModesExercice()));
        f.equipePluriprofessionnelle = lieu.isEquipePluriprofessionnelle() ? "oui" : null;
        f.locauxDisponibles = lieu.isLocauxDisponibles() ? "oui" : null;
        f.descriptionLocaux = lieu.getDescriptionLocaux();
        f.loyerMensuel = lieu.getLoyerMensuel() == null ? null : lieu.getLoyerMensuel().toString();
        f.secretariat = lieu.getSecretariat();
        f.projetSante = lieu.getProjetSante();
        f.contactNom = lieu.getContactNom();
        f.contactFonction = lieu.getContactFonction();
        f.contactEmail = lieu.getContactEmail();
        f.contactTelephone = lieu.getContactTelephone();
        f.elus = lieu.getElus().stream().map(e -> e.nom() + " | " + (e.fonction() == null ? "" : e.fonction()) + " | " + e.email())
                .collect(Collectors.joining("\n"));
        return f;
    }

    SaisieLieu saisie() {
        // One élu per line here, separated by ";" in SaisieLieu: a ";" typed inside a line would split it.
        String elusSaisis = elus == null ? "" : elus.lines().map(String::trim).filter(l -> !l.isEmpty())
                .map(l -> l.replace(";", ",")).collect(Collectors.joining(" ; "));
        return new SaisieLieu(nom, type, commune, intercommunalite, joindre(professionsPresentes),
                joindre(professionsRecherchees), joindre(modesExercice), oui(equipePluriprofessionnelle),
                oui(locauxDisponibles), descriptionLocaux, loyerMensuel, secretariat, projetSante, contactNom,
                contactFonction, contactEmail, contactTelephone, elusSaisis);
    }

    private static String joindre(List<String> valeurs) {
        return valeurs == null ? "" : valeurs.stream().map(v -> v.replace(";", ",")).collect(Collectors.joining(";"));
    }

    /** An unchecked box posts nothing: "non". Anything else posted is left to SaisieLieu to refuse. */
    private static String oui(String valeur) {
        return valeur == null || valeur.isBlank() ? "non" : valeur;
    }

    public boolean coche(List<String> valeurs, String valeur) {
        return valeurs != null && valeurs.contains(valeur);
    }

    public String getNom() { return nom; }
    public void setNom(String nom) { this.nom = nom; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getCommune() { return commune; }
    public void setCommune(String commune) { this.commune = commune; }
    public String getIntercommunalite() { return intercommunalite; }
    public void setIntercommunalite(String intercommunalite) { this.intercommunalite = intercommunalite; }
    public List<String> getProfessionsPresentes() { return professionsPresentes; }
    public void setProfessionsPresentes(List<String> valeurs) { this.professionsPresentes = valeurs; }
    public List<String> getProfessionsRecherchees() { return professionsRecherchees; }
    public void setProfessionsRecherchees(List<String> valeurs) { this.professionsRecherchees = valeurs; }
    public List<String> getModesExercice() { return modesExercice; }
    public void setModesExercice(List<String> modesExercice) { this.modesExercice = modesExercice; }
    public String getEquipePluriprofessionnelle() { return equipePluriprofessionnelle; }
    public void setEquipePluriprofessionnelle(String valeur) { this.equipePluriprofessionnelle = valeur; }
    public String getLocauxDisponibles() { return locauxDisponibles; }
    public void setLocauxDisponibles(String locauxDisponibles) { this.locauxDisponibles = locauxDisponibles; }
    public String getDescriptionLocaux() { return descriptionLocaux; }
    public void setDescriptionLocaux(String descriptionLocaux) { this.descriptionLocaux = descriptionLocaux; }
    public String getLoyerMensuel() { return loyerMensuel; }
    public void setLoyerMensuel(String loyerMensuel) { this.loyerMensuel = loyerMensuel; }
    public String getSecretariat() { return secretariat; }
    public void setSecretariat(String secretariat) { this.secretariat = secretariat; }
    public String getProjetSante() { return projetSante; }
    public void setProjetSante(String projetSante) { this.projetSante = projetSante; }
    public String getContactNom() { return contactNom; }
    public void setContactNom(String contactNom) { this.contactNom = contactNom; }
    public String getContactFonction() { return contactFonction; }
    public void setContactFonction(String contactFonction) { this.contactFonction = contactFonction; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactTelephone() { return contactTelephone; }
    public void setContactTelephone(String contactTelephone) { this.contactTelephone = contactTelephone; }
    public String getElus() { return elus; }
    public void setElus(String elus) { this.elus = elus; }
}
