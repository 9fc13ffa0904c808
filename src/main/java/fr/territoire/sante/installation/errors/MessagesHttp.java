package fr.territoire.sante.installation.errors;

/** The French sentence for an HTTP status when nothing more precise is known. */
public final class MessagesHttp {

    private MessagesHttp() {
    }

    public static String pour(int statut) {
        return switch (statut) {
            case 400 -> "Requête invalide : vérifiez les valeurs envoyées.";
            case 401 -> "Connexion requise : connectez-vous sur /connexion.";
            case 403 -> "Accès refusé : vos droits ne permettent pas cette action.";
            case 404 -> "Introuvable : l'élément demandé n'existe pas ou n'est plus disponible.";
            case 405 -> "Cette adresse n'accepte pas cette méthode HTTP.";
            case 406 -> "Le format de réponse demandé n'est pas disponible.";
            case 409 -> "Conflit : l'élément a changé entre-temps. Rechargez la page et recommencez.";
            case 413 -> "Requête trop volumineuse.";
            case 414 -> "Adresse trop longue.";
            case 415 -> "Type de contenu non pris en charge (JSON ou formulaire attendu).";
            case 429 -> "Trop de requêtes : réessayez dans quelques instants.";
            case 431 -> "En-têtes de requête trop volumineux.";
            case 503 -> "Service momentanément indisponible : réessayez dans quelques instants.";
            default -> statut < 500 ? "Requête refusée." : "Une erreur inattendue est survenue. Réessayez dans quelques instants.";
        };
    }

    /** A translation with the generic sentence of its status. */
    public static ErreurTraduite erreur(int statut) {
        return new ErreurTraduite(statut, pour(statut));
    }
}
