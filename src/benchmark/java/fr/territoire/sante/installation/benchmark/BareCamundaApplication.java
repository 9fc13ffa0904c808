package fr.territoire.sante.installation.benchmark;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The comparison for start-up time and heap: a Camunda Spring Boot starter application with nothing
 * of ours. Auto-configuration only, no component scan, and (see {@link Startup}) a class path
 * without our classes nor the libraries only we add (JPA and Hibernate, Spring Data, Flyway, mail).
 * Deliberately not a {@code @Configuration}: the application's component scan, which covers
 * this package in tests, must never pick it up.
 */
@EnableAutoConfiguration
public class BareCamundaApplication {
}
