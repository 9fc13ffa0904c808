package fr.territoire.sante.installation.errors;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts the error handling in place where Spring's component scan does not reach: the request guard in
 * front of every servlet, and our exception mappers in Camunda's two Jersey applications, the REST API
 * (a Spring bean, customised) and the webapps' engine API (a servlet the webapp starter registers, given
 * our mappers through Jersey's provider class names parameter before it starts).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitesRequetes.class)
class ConfigurationErreurs {

    /** The webapps' engine API servlet, as CamundaBpmWebappInitializer names it. */
    static final String API_MOTEUR_WEBAPPS = "Engine Api";

    @Bean
    FilterRegistrationBean<GardeRequetes> gardeRequetes(LimitesRequetes limites) {
        FilterRegistrationBean<GardeRequetes> enregistrement = new FilterRegistrationBean<>(new GardeRequetes(limites));
        enregistrement.setName("garde-requetes");
        // After the character encoding filter, before Spring Security and Camunda's filters read anything.
        enregistrement.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return enregistrement;
    }

    @Bean
    ResourceConfigCustomizer mappeursApiRest() {
        return config -> ErreursApiMoteur.MAPPEURS.forEach(config::register);
    }

    /**
     * The webapps' Jersey servlet starts at its first request; by then it must know our mappers. This runs
     * once every singleton exists: after Tomcat has run the initializers (the servlet is registered) and
     * before Spring Boot opens the connector (no request has come yet).
     */
    @Bean
    SmartInitializingSingleton mappeursApiWebapps(ServletContext contexte) {
        return () -> {
            ServletRegistration servlet = contexte.getServletRegistration(API_MOTEUR_WEBAPPS);
            if (servlet != null) {
                servlet.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES,
                        ErreursApiMoteur.MAPPEURS.stream().map(Class::getName).collect(Collectors.joining(",")));
            }
        };
    }
}
