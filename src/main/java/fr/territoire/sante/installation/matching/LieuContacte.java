package fr.territoire.sante.installation.matching;

import java.time.Instant;

/**
 * A site proposed in the dossier's current matching round, as the dossier page and its API show it to
 * the staff who contact it (names included: pilotage never gets this view).
 *
 * @param reponse the answer's code (INTERESSE, PAS_MAINTENANT, REFUS), null until the site answered
 */
public record LieuContacte(Long id, Long lieuExerciceId, String lieu, String commune, Integer score,
        boolean belleDynamique, String raison, String reponse, String reponseLibelle, Instant reponseLe,
        String reponsePar, String commentaire) {

    static LieuContacte de(LieuPropose lieu) {
        ReponseLieu reponse = lieu.getReponse();
        return new LieuContacte(lieu.getId(), lieu.getLieuExerciceId(), lieu.getLibelle(), lieu.getCommune(),
                lieu.getScore(), lieu.isBelleDynamique(), lieu.getRaison(), reponse == null ? null : reponse.name(),
                reponse == null ? null : reponse.libelle(), lieu.getReponseLe(), lieu.getReponsePar(),
                lieu.getReponseCommentaire());
    }
}
