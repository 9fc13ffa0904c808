package fr.territoire.sante.installation.benchmark;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Start-up time and heap after start-up and full GC, ours against a bare Camunda starter application,
 * each started in a fresh JVM ({@link StartupProbe}) with the same options, alternately, several times;
 * the median of each is kept. Both on a fresh in-memory H2 database, so both create their schema.
 *
 * <p>Class paths: the application's runtime class path, as Maven resolves it (written by the
 * {@code benchmark} profile to target/benchmark/runtime-classpath.txt), plus the test classes for the
 * probe. The bare application's leaves out our classes and the libraries only we bring: JPA and
 * Hibernate, Spring Data, Flyway, mail (and, until 03/12, AspectJ, actuator and Micrometer). Bean
 * validation stays: Camunda's REST starter brings it (through Spring Boot's Jersey starter), so a bare
 * Camunda starter application has it too; until 03/12 the bare one went without it. A third application,
 * {@link BareStackApplication}, has all those libraries and none of our classes: it tells the fixed
 * stack's share of the difference from our own code's.
 */
final class Startup {

    static final List<String> JVM_OPTIONS = List.of("-Xms256m", "-Xmx1g", "-XX:+UseG1GC");
    private static final List<String> OURS_ONLY = List.of("hibernate-core-", "hibernate-commons-annotations-",
            "spring-data-", "jakarta.persistence-api-", "antlr4-runtime-",
            "spring-boot-starter-data-jpa-", "flyway-", "spring-boot-starter-mail-", "jakarta.mail-", "angus-",
            "spring-context-support-",
            // no longer in the build since 03/12, kept so that older checkouts compare alike
            "spring-aspects-", "aspectjweaver-", "spring-boot-starter-actuator-", "spring-boot-actuator-",
            "micrometer-core-", "micrometer-jakarta9-", "HdrHistogram-", "LatencyUtils-");

    private static final String FIRST_DOSSIER = "after ready and the heap measurement, one dossier's whole happy path"
            + " (ours on our process, the bare ones on the bare process), no user authenticated: what start-up"
            + " left for later shows there";

    private final BenchmarkOptions options;

    Startup(BenchmarkOptions options) {
        this.options = options;
    }

    Map<String, Object> run() throws IOException, InterruptedException {
        List<String> runtime = runtimeClassPath();
        String testClasses = Path.of("target", "test-classes").toAbsolutePath().toString();
        String mainClasses = Path.of("target", "classes").toAbsolutePath().toString();
        List<String> ours = new ArrayList<>(List.of(testClasses, mainClasses));
        ours.addAll(runtime);
        List<String> bare = new ArrayList<>(List.of(testClasses));
        runtime.stream().filter(entry -> OURS_ONLY.stream().noneMatch(new File(entry).getName()::startsWith)).forEach(bare::add);

        List<String> stack = new ArrayList<>(List.of(testClasses));
        stack.addAll(runtime);
        Map<String, List<String>> classPaths = new LinkedHashMap<>();
        classPaths.put("ours", ours);
        classPaths.put("bare", bare);
        classPaths.put("stack", stack);

        // Uncounted starts: the first of a run also warms the disk cache; each records Spring's longest steps
        Map<String, List<String>> steps = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> app : classPaths.entrySet()) {
            steps.put(app.getKey(), longestSteps(app.getKey(), app.getValue()));
        }
        Map<String, List<long[]>> runs = alternately(classPaths, which -> List.of());
        List<long[]> oursRuns = runs.get("ours");
        List<long[]> bareRuns = runs.get("bare");
        List<long[]> stackRuns = runs.get("stack");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("jvm_options", JVM_OPTIONS);
        result.put("database", "H2 in memory, fresh (both create their schema)");
        result.put("runs_each", options.startups());
        Map<String, Object> o = summary(oursRuns);
        Map<String, Object> b = summary(bareRuns);
        result.put("ours", o);
        result.put("bare", b);
        result.put("startup_ratio", ratio(o, b, "ready_ms"));
        result.put("heap_ratio", ratio(o, b, "heap_mb"));
        result.put("first_dossier", FIRST_DOSSIER);
        result.put("ready_and_first_dossier_ratio", ratio(o, b, "ready_and_first_dossier_ms"));
        result.put("bare_classpath_excludes", OURS_ONLY);
        Map<String, Object> st = summary(stackRuns);
        result.put("bare_with_our_libraries", st);
        result.put("startup_ratio_to_bare_with_our_libraries", ratio(o, st, "ready_ms"));
        result.put("heap_ratio_to_bare_with_our_libraries", ratio(o, st, "heap_mb"));
        result.put("longest_spring_steps", Map.of(
                "method", "Spring's BufferingApplicationStartup in one uncounted start of each application: the longest"
                        + " steps, in ms; nested steps overlap (a bean's creation includes the beans it needs)",
                "steps", steps));
        result.put("restart", restart(classPaths));
        if (options.startupWithClassDataSharing()) {
            result.put("class_data_sharing", withClassDataSharing(classPaths));
            result.put("as_the_image_runs_it", asTheImageRunsIt(testClasses, bare));
        }
        return result;
    }

    /**
     * Restarts, as a server restarts: each application on an H2 file that one uncounted start of its own
     * created (schema, migrations, deployments, identities and one dossier in place), then started again
     * on it, in turns. What a restart skips (creating the schema, running migrations, parsing new
     * deployments) shows as the difference with the fresh starts above.
     */
    private Map<String, Object> restart(Map<String, List<String>> classPaths) throws IOException, InterruptedException {
        Path directory = Path.of("target", "benchmark", "restart").toAbsolutePath();
        if (Files.exists(directory)) {
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
        Files.createDirectories(directory);
        Function<String, List<String>> database = which -> List.of("-Dprobe.database=" + directory.resolve(which));
        for (Map.Entry<String, List<String>> app : classPaths.entrySet()) {
            probe(app.getKey() + " (first start, creates its database)", app.getKey(), app.getValue(),
                    database.apply(app.getKey()), null);
        }
        return comparison("one uncounted start per application on an H2 file of its own, then restarts on it, in turns",
                alternately(classPaths, database));
    }

    /** Ours, bare and the bare stack's medians, and ours against each. */
    private static Map<String, Object> comparison(String method, Map<String, List<long[]>> runs) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("method", method);
        Map<String, Object> o = summary(runs.get("ours"));
        Map<String, Object> b = summary(runs.get("bare"));
        Map<String, Object> st = summary(runs.get("stack"));
        result.put("ours", o);
        result.put("bare", b);
        result.put("bare_with_our_libraries", st);
        result.put("startup_ratio", ratio(o, b, "ready_ms"));
        result.put("startup_ratio_to_bare_with_our_libraries", ratio(o, st, "ready_ms"));
        return result;
    }

    /**
     * Ours as the image runs it (src/main/docker): the packaged jar extracted, with the archive of a
     * training start, both made by launch.sh, the script the Dockerfile runs; against the bare starter
     * started plainly, as anyone would start it, in turns. Not like for like: this is what an operator
     * of the image sees next to a bare starter, not what our code costs.
     */
    private Map<String, Object> asTheImageRunsIt(String testClasses, List<String> bare) throws IOException, InterruptedException {
        Path jar = Path.of("target", "accompagnement-installation.jar");
        Path mainClass = Path.of("target", "classes", "fr", "territoire", "sante", "installation", "AccompagnementApplication.class");
        if (!Files.exists(jar) || Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(mainClass)) < 0) {
            throw new IllegalStateException("no packaged jar, or an older one than the classes: run the benchmark with"
                    + " mvn -Pbenchmark -DskipTests package exec:exec@benchmark");
        }
        Path image = Files.createDirectories(Path.of("target", "benchmark", "image"));
        Path log = image.resolve("prepare.log");
        Process prepare = new ProcessBuilder("sh", Path.of("src", "main", "docker", "launch.sh").toString(), "prepare",
                jar.toString(), image.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (prepare.waitFor() != 0) {
            throw new IllegalStateException("launch.sh prepare failed, see " + log);
        }
        Path archive = image.resolve("application.jsa");
        // The probe comes after the extracted jar: the archive's class path stays a prefix of this one
        Map<String, List<String>> classPaths = new LinkedHashMap<>();
        classPaths.put("image", List.of(image.resolve("application").resolve(jar.getFileName()).toAbsolutePath().toString(), testClasses));
        classPaths.put("bare", bare);
        Map<String, List<long[]>> runs = alternately(classPaths,
                which -> which.equals("image") ? List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive) : List.of());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("method", "launch.sh prepare on the packaged jar (extraction, training start stopped once the context"
                + " is refreshed), then starts of the extracted jar with -Xshare:on and its archive, alternately with"
                + " starts of the bare starter without archive");
        Map<String, Object> o = summary(runs.get("image"));
        Map<String, Object> b = summary(runs.get("bare"));
        result.put("ours_image", o);
        result.put("bare", b);
        result.put("startup_ratio", ratio(o, b, "ready_ms"));
        result.put("heap_ratio", ratio(o, b, "heap_mb"));
        result.put("ready_and_first_dossier_ratio", ratio(o, b, "ready_and_first_dossier_ms"));
        return result;
    }

    /** Each application started options.startups() times, in turns. */
    private Map<String, List<long[]>> alternately(Map<String, List<String>> classPaths, Function<String, List<String>> jvmOptions)
            throws IOException, InterruptedException {
        Map<String, List<long[]>> runs = new LinkedHashMap<>();
        classPaths.keySet().forEach(which -> runs.put(which, new ArrayList<>()));
        for (int i = 0; i < options.startups(); i++) {
            for (Map.Entry<String, List<String>> app : classPaths.entrySet()) {
                runs.get(app.getKey()).add(probe(app.getKey(), app.getValue(), jvmOptions.apply(app.getKey())));
            }
        }
        return runs;
    }

    /**
     * The same comparison with class data sharing, as a deployment could set it up: each application
     * gets an archive of the classes it loaded during a training start (directories on the class path
     * become jars first: the JVM archives classes from jars only), then starts with it. {@code -Xshare:on}
     * makes a start fail rather than silently run without its archive.
     */
    private Map<String, Object> withClassDataSharing(Map<String, List<String>> classPaths) throws IOException, InterruptedException {
        Path directory = Files.createDirectories(Path.of("target", "benchmark", "cds"));
        Map<String, List<String>> jarred = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> app : classPaths.entrySet()) {
            List<String> entries = new ArrayList<>();
            for (String entry : app.getValue()) {
                entries.add(Files.isDirectory(Path.of(entry)) ? jar(Path.of(entry), directory) : entry);
            }
            jarred.put(app.getKey(), entries);
        }
        Map<String, Path> archives = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> app : jarred.entrySet()) {
            Path archive = directory.resolve(app.getKey() + ".jsa");
            Files.deleteIfExists(archive);
            probe(app.getKey() + " (training)", app.getKey(), app.getValue(),
                    List.of("-XX:ArchiveClassesAtExit=" + archive), null);
            archives.put(app.getKey(), archive);
        }
        return comparison("one training start per application (-XX:ArchiveClassesAtExit),"
                + " then starts with -Xshare:on -XX:SharedArchiveFile",
                alternately(jarred, which -> List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archives.get(which))));
    }

    private static String jar(Path classes, Path directory) throws IOException, InterruptedException {
        Path jar = directory.resolve(classes.getFileName() + ".jar");
        Files.deleteIfExists(jar);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jar").toString(),
                "cf", jar.toString(), "-C", classes.toString(), ".").inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("could not jar " + classes);
        }
        return jar.toAbsolutePath().toString();
    }

    private static double ratio(Map<String, Object> ours, Map<String, Object> other, String key) {
        return Samples.round(((Number) ours.get(key)).doubleValue() / ((Number) other.get(key)).doubleValue());
    }

    private static Map<String, Object> summary(List<long[]> runs) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("ready_ms", median(runs, r -> r[0]));
        summary.put("spring_ms", median(runs, r -> r[1]));
        summary.put("heap_mb", Samples.round(median(runs, r -> r[2]) / (1024.0 * 1024.0)));
        summary.put("first_dossier_ms", median(runs, r -> r[3]));
        summary.put("ready_and_first_dossier_ms", median(runs, r -> r[0] + r[3]));
        summary.put("all_ready_ms", runs.stream().map(r -> r[0]).toList());
        summary.put("all_first_dossier_ms", runs.stream().map(r -> r[3]).toList());
        summary.put("all_heap_mb", runs.stream().map(r -> Samples.round(r[2] / (1024.0 * 1024.0))).toList());
        return summary;
    }

    /** The median over the runs of one figure of each run's probe line. */
    private static long median(List<long[]> runs, ToLongFunction<long[]> figure) {
        long[] values = runs.stream().mapToLong(figure).sorted().toArray();
        return values[values.length / 2];
    }

    private long[] probe(String which, List<String> classPath, List<String> extraJvmOptions) throws IOException, InterruptedException {
        return probe(which, which, classPath, extraJvmOptions, null);
    }

    /** "412 spring.beans.instantiate beanName=…" lines, longest first. */
    private List<String> longestSteps(String which, List<String> classPath) throws IOException, InterruptedException {
        List<String> steps = new ArrayList<>();
        probe(which + " (steps recorded, not counted)", which, classPath, List.of(), steps);
        return steps;
    }

    /** {@code steps}: where to put Spring's record of the longest steps, or null not to record them. */
    private long[] probe(String label, String which, List<String> classPath, List<String> extraJvmOptions, List<String> steps)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(extraJvmOptions);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath));
        command.add(StartupProbe.class.getName());
        command.add(which);
        if (steps != null) {
            command.add("steps");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        List<String> output = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
                if (line.startsWith("STARTUP ")) {
                    result = line;
                } else if (steps != null && line.startsWith("STEP ")) {
                    steps.add(line.substring("STEP ".length()));
                }
            }
        }
        int exit = process.waitFor();
        if (result == null || exit != 0) {
            throw new IllegalStateException("start-up probe '" + label + "' failed (exit " + exit + "):\n"
                    + String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size())));
        }
        long[] values = Arrays.stream(result.substring("STARTUP ".length()).trim().split(" ")).mapToLong(Long::parseLong).toArray();
        System.out.printf("  start-up %s: ready after %d ms, heap %.1f MB, first dossier %d ms%n",
                label, values[0], values[2] / 1048576.0, values[3]);
        return values;
    }

    /** The runtime class path Maven resolved, or (run from an IDE) this JVM's class path minus test libraries. */
    private static List<String> runtimeClassPath() throws IOException {
        Path file = Path.of("target", "benchmark", "runtime-classpath.txt");
        if (Files.exists(file)) {
            return Arrays.stream(Files.readString(file).trim().split(File.pathSeparator)).filter(s -> !s.isBlank()).toList();
        }
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar"))
                .toList();
    }
}
