package fr.territoire.sante.installation.signin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The one login page; Spring Security processes the form posted back to it. */
@Controller
class ConnexionController {

    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    String connexion() {
        return "connexion";
    }
}
