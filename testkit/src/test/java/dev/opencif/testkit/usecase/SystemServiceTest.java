package dev.opencif.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opencif.application.port.in.system.AuthenticateClientCommand;
import dev.opencif.application.port.in.system.AuthenticatedClient;
import dev.opencif.application.port.in.system.HealthQuery;
import dev.opencif.application.port.in.system.HealthStatus;
import dev.opencif.application.service.SystemService;
import dev.opencif.domain.error.FieldError;
import dev.opencif.domain.error.UnauthenticatedException;
import dev.opencif.domain.error.ValidationException;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SystemServiceTest {
    private final UseCaseFixture fixture = UseCaseFixture.create();
    private final SystemService service = new SystemService(fixture.context());

    @Test
    void confirms_receipt_with_the_current_time_a_receipt_id_and_reachable_storage() {
        HealthStatus status = service.check(new HealthQuery("customer-management"));

        assertThat(status.timestamp()).isEqualTo(fixture.clock().instant());
        assertThat(UUID.fromString(status.receipt())).isNotNull();
        assertThat(status.storageReachable()).isTrue();
    }

    @Test
    void issues_a_new_receipt_for_every_check() {
        assertThat(service.check(new HealthQuery(null)).receipt()).isNotEqualTo(service.check(new HealthQuery(null)).receipt());
    }

    @Test
    void reports_storage_that_does_not_answer() {
        fixture.adapters().setStorageReachable(false);

        assertThat(service.check(new HealthQuery(null)).storageReachable()).isFalse();
    }

    @Test
    void rejects_a_missing_health_query() {
        assertThatThrownBy(() -> service.check(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void authenticates_a_client_with_its_secret_and_returns_its_roles_and_scope() {
        fixture.adapters().credentials().addClient("counterparty", "acme-app", "s3cr3t-value", Set.of("customers:write"), "acme");

        AuthenticatedClient client = service.authenticate(new AuthenticateClientCommand("counterparty", "acme-app", "s3cr3t-value"));

        assertThat(client).isEqualTo(new AuthenticatedClient("counterparty", "acme-app", Set.of("customers:write"), "acme"));
    }

    @Test
    void refuses_a_wrong_secret() {
        fixture.adapters().credentials().addClient("esb", "core", "right-secret", Set.of(), null);

        assertThatThrownBy(() -> service.authenticate(new AuthenticateClientCommand("esb", "core", "wrong-secret")))
                .isInstanceOf(UnauthenticatedException.class)
                .hasMessage("invalid credentials");
    }

    @Test
    void refuses_an_unknown_client_exactly_like_a_wrong_secret() {
        fixture.adapters().credentials().addClient("esb", "core", "right-secret", Set.of(), null);

        Throwable unknown = catchThrowable(
                () -> service.authenticate(new AuthenticateClientCommand("esb", "nobody", "right-secret")));
        Throwable wrong = catchThrowable(
                () -> service.authenticate(new AuthenticateClientCommand("esb", "core", "nope")));

        assertThat(unknown).isInstanceOf(UnauthenticatedException.class);
        assertThat(wrong).isInstanceOf(UnauthenticatedException.class);
        assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
    }

    @Test
    void refuses_the_right_secret_in_another_realm() {
        fixture.adapters().credentials().addClient("esb", "core", "right-secret", Set.of(), null);

        assertThatThrownBy(() -> service.authenticate(new AuthenticateClientCommand("interapi", "core", "right-secret")))
                .isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void rejects_a_blank_secret_naming_the_field() {
        assertThatThrownBy(() -> service.authenticate(new AuthenticateClientCommand("esb", "core", " ")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("secret"));
    }
}
