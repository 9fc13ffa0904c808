package fr.territoire.sante.installation.benchmark;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * A second comparison for start-up time and heap: the Camunda starter with every library our
 * application brings (JPA and Hibernate without entities, Spring Data, Flyway without migrations,
 * mail), auto-configured, and nothing of ours. Between it and
 * {@link BareCamundaApplication} lies the price of the fixed stack; between it and our application,
 * the price of our own code, processes and forms. Like the bare application, deliberately not a
 * {@code @Configuration}.
 */
@EnableAutoConfiguration
public class BareStackApplication {
}
