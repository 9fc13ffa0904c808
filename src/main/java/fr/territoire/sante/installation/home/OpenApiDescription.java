package fr.territoire.sante.installation.home;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and the rules every reader of our OpenAPI document needs first. */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    @Bean
    OpenAPI accompagnementOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Accompagnement à l'installation – API du tableau de reporting et des dossiers")
                .version("1")
                .description("""
                        Mêmes droits que les pages : session ouverte sur /connexion (groupes cls, cpts, pilotage, \
                        camunda-admin). Sans session : 401. Le groupe pilotage ne reçoit aucune donnée identifiante \
                        (nom, coordonnées, textes libres, lieu) ; la situation familiale et le logement ne sont \
                        transmis qu'au CLS. Paramètre invalide : 400 avec un message en français."""));
    }
}
