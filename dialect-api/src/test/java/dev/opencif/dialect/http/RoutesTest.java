package dev.opencif.dialect.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.opencif.dialect.http.Routes.Match;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutesTest {
    private static final List<Route> ROUTES = List.of(
            new Route("GET", "/customers", "list", false),
            new Route("GET", "/customers/{id}", "get", false),
            new Route("PUT", "/customers/{id}", "update", true),
            new Route("GET", "/customers/{id}/addresses", "addresses", false),
            new Route("POST", "/customers/{id}/notes/{note}", "add-note", true));

    @Test
    void takes_the_first_route_whose_template_and_method_fit() {
        Match match = Routes.route(ROUTES, "put", "/customers/42");

        assertThat(match.route().operation()).isEqualTo("update");
        assertThat(match.params()).containsExactly(Map.entry("id", "42"));
    }

    @Test
    void url_decodes_every_parameter_in_template_order() {
        Match match = Routes.route(ROUTES, "POST", "/customers/a%2Fb/notes/x+y%21");

        assertThat(match.params()).containsExactly(Map.entry("id", "a/b"), Map.entry("note", "x y!"));
    }

    @Test
    void ignores_one_trailing_slash() {
        assertThat(Routes.route(ROUTES, "GET", "/customers/42/addresses/").route().operation()).isEqualTo("addresses");
        assertThat(Routes.route(ROUTES, "GET", "/customers/").route().operation()).isEqualTo("list");
    }

    @Test
    void answers_405_naming_every_method_of_the_fitting_templates() {
        HttpFailure failure = catchThrowableOfType(() -> Routes.route(ROUTES, "DELETE", "/customers/42"), HttpFailure.class);

        assertThat(failure.status()).isEqualTo(405);
        assertThat(failure.getMessage()).isEqualTo("DELETE is not allowed here");
        assertThat(failure.headers()).containsExactly(Map.entry("Allow", "GET, PUT"));
    }

    @Test
    void answers_404_when_no_template_fits() {
        HttpFailure failure = catchThrowableOfType(() -> Routes.route(ROUTES, "GET", "/customers/42/kyc/"), HttpFailure.class);

        assertThat(failure.status()).isEqualTo(404);
        assertThat(failure.getMessage()).isEqualTo("no such resource: /customers/42/kyc");
    }

    @Test
    void an_empty_parameter_segment_fits_no_template() {
        HttpFailure failure = catchThrowableOfType(() -> Routes.route(ROUTES, "GET", "/customers//addresses"), HttpFailure.class);

        assertThat(failure.status()).isEqualTo(404);
    }

    @Test
    void a_badly_encoded_parameter_fails_even_when_a_later_segment_does_not_fit() {
        ValidationException failure = catchThrowableOfType(() -> Routes.route(ROUTES, "GET", "/customers/%zz/kyc"),
                ValidationException.class);

        assertThat(failure.errors()).containsExactly(new FieldError("path", "is not correctly URL-encoded"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "//", "/a", "a/", "/a/b/", "/a//b", "abc"})
    void splits_a_path_as_string_split_keeping_empty_segments(String path) {
        assertThat(Routes.segments(path)).containsExactly(path.split("/", -1));
    }

    @Test
    void routes_with_the_same_parts_are_equal() {
        assertThat(new Route("GET", "/a/{b}", "op", false)).isEqualTo(new Route("GET", "/a/{b}", "op", false))
                .hasSameHashCodeAs(new Route("GET", "/a/{b}", "op", false))
                .isNotEqualTo(new Route("GET", "/a/{b}", "op", true))
                .hasToString("Route[method=GET, template=/a/{b}, operation=op, write=false]");
    }
}
