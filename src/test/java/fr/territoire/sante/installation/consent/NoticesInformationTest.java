package fr.territoire.sante.installation.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A published notice is never edited: the professionals who consented were shown that text. Each
 * version's SHA-256 is pinned here; a new text is a new file (and the intake form's declared version).
 */
class NoticesInformationTest {

    private static final Map<String, String> PUBLIEES = Map.of(
            "2026-12", "99e5c62aefab424e066cc33e0f7ccfe7dce7d4894b62f6ae7e9da9c5edb14bd0");

    private final NoticesInformation notices = new NoticesInformation();

    @Test
    void every_published_version_keeps_its_exact_text() throws Exception {
        for (Map.Entry<String, String> publiee : PUBLIEES.entrySet()) {
            String texte = notices.texte(publiee.getKey()).orElseThrow();
            String empreinte = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(texte.getBytes(StandardCharsets.UTF_8)));
            assertThat(empreinte).as("notice %s was edited: publish a new version instead", publiee.getKey())
                    .isEqualTo(publiee.getValue());
        }
    }

    @Test
    void a_version_is_a_name_never_a_path() {
        assertThat(notices.existe("2026-12")).isTrue();
        assertThat(notices.existe("../application")).isFalse();
        assertThat(notices.existe("2026-13")).isFalse();
        assertThat(notices.existe(null)).isFalse();
    }

    @Test
    void the_notice_reads_as_titles_and_paragraphs() {
        var blocs = BlocsNotice.lire(notices.texte("2026-12").orElseThrow());
        assertThat(blocs.get(0)).isEqualTo(new BlocsNotice(1, "Notice d'information sur vos données personnelles"));
        assertThat(blocs).filteredOn(b -> b.niveau() == 2).extracting(BlocsNotice::texte)
                .contains("Pourquoi, et sur quelle base", "Vos droits");
        assertThat(blocs).filteredOn(b -> b.niveau() == 0).allMatch(b -> !b.texte().contains("\n"));
    }
}
