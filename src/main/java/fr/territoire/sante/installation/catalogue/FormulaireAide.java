package fr.territoire.sante.installation.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The aid page's form as posted: every value kept as typed (texts only, so that binding cannot fail and
 * the person gets their input back), turned into a {@link SaisieAide} for the checks. Professions are
 * checkboxes; none checked means every profession.
 */
public class FormulaireAide {

    /** Where each field of SaisieAide's messages is in the page, for the error summary's links. */
    private static final Map<String, String> CHAMPS = Map.ofEntries(
            Map.entry("Intitulé", "intitule"), Map.entry("Catégorie", "categorie"), Map.entry("Porteur", "porteur"),
            Map.entry("Territoire", "territoire"), Map.entry("Professions concernées", "professions-0"),
            Map.entry("Contact : nom", "contactNom"), Map.entry("Contact : e-mail", "contactEmail"),
            Map.entry("Contact : téléphone", "contactTelephone"), Map.entry("Valable du", "valideDu"),
            Map.entry("Valable jusqu'au", "valideJusquAu"), Map.entry("Description", "description"),
            Map.entry("Lien", "lien"));

    private String intitule;
    private String categorie;
    private String porteur;
    private String territoire;
    private List<String> professions = new ArrayList<>();
    private String contactNom;
    private String contactEmail;
    private String contactTelephone;
    private String valideDu;
    private String valideJusquAu;
    private String description;
    private String lien;

    /** The id of the input a message of SaisieAide is about. */
    public static String idDuChamp(String champ) {
        return CHAMPS.getOrDefault(champ, "intitule");
    }

    static List<FormulaireLieu.Ancre> ancres(List<SaisieLieu.Erreur> erreurs) {
        return erreurs.stream().map(e -> new FormulaireLieu.Ancre(idDuChamp(e.champ()), e.toString())).toList();
    }

    static FormulaireAide de(AideInstallation aide, Map<String, String> connues) {
        SaisieAide saisie = SaisieAide.de(aide, connues);
        FormulaireAide f = new FormulaireAide();
        f.intitule = saisie.intitule();
        f.categorie = aide.getCategorie().name();
        f.porteur = saisie.porteur();
        f.territoire = saisie.territoire();
        f.professions = new ArrayList<>(SaisieLieu.valeurs(aide.getProfessions()));
        f.contactNom = saisie.contactNom();
        f.contactEmail = saisie.contactEmail();
        f.contactTelephone = saisie.contactTelephone();
        f.valideDu = saisie.valideDu();
        f.valideJusquAu = saisie.valideJusquAu();
        f.description = saisie.description();
        f.lien = saisie.lien();
        return f;
    }

    SaisieAide saisie() {
        // A ";" inside a posted value would split it in SaisieAide.
        String choisies = professions == null ? ""
                : professions.stream().map(v -> v.replace(";", ",")).collect(Collectors.joining(";"));
        return new SaisieAide(intitule, categorie, porteur, territoire, choisies, contactNom, contactEmail,
                contactTelephone, valideDu, valideJusquAu, description, lien);
    }

    public boolean coche(String valeur) {
        return professions != null && professions.contains(valeur);
    }

    public String getIntitule() { return intitule; }
    public void setIntitule(String intitule) { this.intitule = intitule; }
    public String getCategorie() { return categorie; }
    public void setCategorie(String categorie) { this.categorie = categorie; }
    public String getPorteur() { return porteur; }
    public void setPorteur(String porteur) { this.porteur = porteur; }
    public String getTerritoire() { return territoire; }
    public void setTerritoire(String territoire) { this.territoire = territoire; }
    public List<String> getProfessions() { return professions; }
    public void setProfessions(List<String> professions) { this.professions = professions; }
    public String getContactNom() { return contactNom; }
    public void setContactNom(String contactNom) { this.contactNom = contactNom; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactTelephone() { return contactTelephone; }
    public void setContactTelephone(String contactTelephone) { this.contactTelephone = contactTelephone; }
    public String getValideDu() { return valideDu; }
    public void setValideDu(String valideDu) { this.valideDu = valideDu; }
    public String getValideJusquAu() { return valideJusquAu; }
    public void setValideJusquAu(String valideJusquAu) { this.valideJusquAu = valideJusquAu; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getLien() { return lien; }
    public void setLien(String lien) { this.lien = lien; }
}
