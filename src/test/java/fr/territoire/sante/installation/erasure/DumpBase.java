package fr.territoire.sante.installation.erasure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole PostgreSQL database as {@code pg_dump --data-only} writes it (plain text, one COPY block per
 * table), searched for words: in each table's rows as written, with COPY's escapes undone, bytea values
 * (hex) decoded as UTF-8, iCalendar's folded lines unfolded, lower case and without accents.
 */
final class DumpBase {

    private static final Pattern COPY = Pattern.compile("^COPY ([^ ]+) ");
    private static final Pattern BYTEA = Pattern.compile("\\\\\\\\x([0-9a-fA-F]+)");

    /** One table's rows, made searchable. */
    record Table(String nom, String texte) {
    }

    private final List<Table> tables;
    private final long octets;

    private DumpBase(List<Table> tables, long octets) {
        this.tables = tables;
        this.octets = octets;
    }

    static DumpBase de(String jdbcUrl, String user, String password) {
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+)").matcher(jdbcUrl);
        if (!url.find()) {
            throw new IllegalArgumentException("not a PostgreSQL URL: " + jdbcUrl);
        }
        try {
            Path fichier = Files.createTempFile("dump-effacement", ".sql");
            try {
                ProcessBuilder commande = new ProcessBuilder(pgDump(), "--data-only", "--no-owner", "--format=plain",
                        "--host=" + url.group(1), "--port=" + (url.group(2) == null ? "5432" : url.group(2)),
                        "--username=" + user, "--file=" + fichier, url.group(3))
                        .redirectErrorStream(true);
                commande.environment().put("PGPASSWORD", password == null ? "" : password);
                Process pgDump = commande.start();
                String sortie = new String(pgDump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!pgDump.waitFor(120, TimeUnit.SECONDS) || pgDump.exitValue() != 0) {
                    throw new IllegalStateException("pg_dump failed: " + sortie);
                }
                return lire(Files.readAllLines(fichier, StandardCharsets.UTF_8), Files.size(fichier));
            } finally {
                Files.deleteIfExists(fichier);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String pgDump() {
        for (String chemin : List.of("/usr/lib/postgresql/15/bin/pg_dump", "/usr/bin/pg_dump")) {
            if (Files.isExecutable(Path.of(chemin))) {
                return chemin;
            }
        }
        return "pg_dump";
    }

    private static DumpBase lire(List<String> lignes, long octets) {
        List<Table> tables = new ArrayList<>();
        String courante = null;
        StringBuilder texte = new StringBuilder();
        for (String ligne : lignes) {
            Matcher copy = COPY.matcher(ligne);
            if (copy.find()) {
                courante = copy.group(1);
                texte.setLength(0);
            } else if (courante != null && ligne.equals("\\.")) {
                tables.add(new Table(courante, cherchable(texte.toString())));
                courante = null;
            } else if (courante != null) {
                texte.append(decoderBytea(ligne)).append('\n');
            }
        }
        return new DumpBase(tables, octets);
    }

    /** Each bytea value (COPY writes {@code \\x} then hex) is appended decoded, after the line as written. */
    static String decoderBytea(String ligne) {
        StringBuilder decode = new StringBuilder(ligne);
        Matcher hex = BYTEA.matcher(ligne);
        while (hex.find()) {
            String chiffres = hex.group(1);
            if (chiffres.length() % 2 == 0) {
                decode.append('\t').append(new String(HexFormat.of().parseHex(chiffres), StandardCharsets.UTF_8));
            }
        }
        return decode.toString();
    }

    /** COPY's escapes undone, folded lines unfolded, lower case, accents dropped (as well as kept). */
    static String cherchable(String texte) {
        String brut = texte.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")
                .replace("\r\n ", "").replace("\n ", "").replace("\r\n\t", "").replace("\n\t", "");
        String minuscule = brut.toLowerCase(Locale.ROOT);
        String sansAccents = Normalizer.normalize(minuscule, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return minuscule + "\n" + sansAccents;
    }

    /** The tables where one of the words (compared in lower case) appears. */
    Set<String> tablesContenant(List<String> mots) {
        Set<String> trouvees = new LinkedHashSet<>();
        for (Table table : tables) {
            for (String mot : mots) {
                if (table.texte().contains(mot.toLowerCase(Locale.ROOT))) {
                    trouvees.add(table.nom() + " (« " + mot + " »)");
                }
            }
        }
        return trouvees;
    }

    int nombreDeTables() {
        return tables.size();
    }

    long octets() {
        return octets;
    }
}
