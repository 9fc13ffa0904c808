package fr.territoire.sante.installation;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@EnableProcessApplication("accompagnement-installation")
@ConfigurationPropertiesScan
public class AccompagnementApplication {

    public static void main(String[] args) {
        SpringApplication.run(AccompagnementApplication.class, args);
    }
}
