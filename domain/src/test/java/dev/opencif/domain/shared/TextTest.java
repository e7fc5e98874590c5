package dev.opencif.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.domain.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @Test
    void stores_nfc_so_that_a_decomposed_name_is_the_composed_one() {
        assertThat(Text.clean("Mu\u0308ller", "lastName")).isEqualTo("M\u00fcller");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0007b", "a\u007fb", "a\u0085b", "a\u200bb", "a\u200db", "a\ufeffb", "a\u00adb",
        "a\u202eb", "a\u2066b", "a\u2028b", "a\ue000b", "a\nb", "a\tb"})
    void refuses_control_invisible_and_private_characters_naming_the_field_and_the_code_point_only(String value) {
        assertThatThrownBy(() -> Text.clean(value, "firstName")).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errors().get(0).field()).isEqualTo("firstName");
            assertThat(e.getMessage()).contains("U+").doesNotContain(value);
        });
    }

    @Test
    void free_text_keeps_line_breaks_and_tabs_but_nothing_else() {
        assertThat(Text.cleanMultiline("line 1\r\nline 2\tend", "detail")).isEqualTo("line 1\r\nline 2\tend");
        assertThatThrownBy(() -> Text.cleanMultiline("a\u0000b", "detail")).isInstanceOf(ValidationException.class);
    }

    @Test
    void canonical_form_folds_case_width_and_normalisation() {
        String plain = Text.canonical("jos\u00e9.N@Example.invalid");
        assertThat(Text.canonical("jose\u0301.n@example.invalid")).isEqualTo(plain);
        assertThat(Text.canonical("\uff4a\uff4f\uff53\u00e9.N@example.invalid")).isEqualTo(plain);
        assertThat(Text.canonical("STRA\u00dfE")).isEqualTo(Text.canonical("strasse"));
    }

    @Test
    void checks_text_trims_before_it_judges_and_keeps_names_in_every_script() {
        assertThat(Checks.text("  Ay\u015fe \n", "firstName", 50)).isEqualTo("Ay\u015fe");
        assertThat(Checks.text("Nguy\u1ec5n Th\u1ecb", "lastName", 50)).isEqualTo("Nguy\u1ec5n Th\u1ecb");
        assertThat(Checks.text("\u017demaitijos", "city", 50)).isEqualTo("\u017demaitijos");
    }
}
