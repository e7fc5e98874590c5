package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.OnboardingProcessPort;
import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.NationalIdKind;
import dev.opencif.domain.onboarding.OnboardingProcess;
import dev.opencif.domain.onboarding.OnboardingProcessState;
import dev.opencif.domain.onboarding.OnboardingState;
import dev.opencif.domain.onboarding.ProcessId;
import dev.opencif.domain.shared.Channel;
import dev.opencif.domain.shared.CountryCode;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

/** Digital onboarding processes: one per citizen by the unique {@code citizen_key}, ids from {@code onboarding_process_id_seq}. */
public final class JdbcOnboardingProcessStore implements OnboardingProcessPort {
    static final String SELECT = "SELECT id, citizen_kind, citizen_country, citizen_value, customer_id, channel, state,"
            + " selected_address, courier_selected, approved_agent, user_code, started_at, updated_at, completed_at, version"
            + " FROM onboarding_process";
    static final String BY_ID = SELECT + " WHERE id = :id";
    static final String BY_CITIZEN = SELECT + " WHERE citizen_key = :citizen_key";
    static final String NEXT_ID = "SELECT nextval('onboarding_process_id_seq')";
    static final String ID_TAKEN = "SELECT COUNT(*) FROM onboarding_process WHERE id = :id";
    static final String INSERT = """
            INSERT INTO onboarding_process (id, citizen_kind, citizen_country, citizen_value, citizen_key, customer_id, channel,
                state, selected_address, courier_selected, approved_agent, user_code, started_at, updated_at, completed_at, version)
            VALUES (:id, :citizen_kind, :citizen_country, :citizen_value, :citizen_key, :customer_id, :channel,
                :state, :selected_address, :courier_selected, :approved_agent, :user_code, :started_at, :updated_at, :completed_at,
                :version)
            """;
    static final String UPDATE = """
            UPDATE onboarding_process SET citizen_kind = :citizen_kind, citizen_country = :citizen_country,
                citizen_value = :citizen_value, citizen_key = :citizen_key, customer_id = :customer_id, channel = :channel,
                state = :state, selected_address = :selected_address, courier_selected = :courier_selected,
                approved_agent = :approved_agent, user_code = :user_code, started_at = :started_at, updated_at = :updated_at,
                completed_at = :completed_at, version = :version
            WHERE id = :id AND version = :expected_version
            """;

    private final JdbcUnitOfWork uow;

    JdbcOnboardingProcessStore(JdbcUnitOfWork uow) {
        this.uow = Objects.requireNonNull(uow, "uow");
    }

    static void registerMappers(Jdbi jdbi) {
        jdbi.registerRowMapper(OnboardingProcessState.class, (rs, ctx) -> new OnboardingProcessState(
                new ProcessId(rs.getLong("id")),
                new NationalId(Rows.enumValue(rs, "citizen_kind", NationalIdKind.class), new CountryCode(rs.getString("citizen_country")),
                        rs.getString("citizen_value")),
                new CustomerId(Rows.uuid(rs, "customer_id")),
                new Channel(rs.getString("channel")),
                Rows.enumValue(rs, "state", OnboardingState.class),
                Rows.enumValue(rs, "selected_address", AddressType.class),
                rs.getBoolean("courier_selected"),
                rs.getBoolean("approved_agent"),
                rs.getString("user_code"),
                Rows.instant(rs, "started_at"),
                Rows.instant(rs, "updated_at"),
                Rows.instant(rs, "completed_at"),
                rs.getLong("version")));
    }

    @Override
    public ProcessId nextProcessId() {
        return uow.read(h -> {
            while (true) {
                long candidate = h.createQuery(NEXT_ID).mapTo(Long.class).one();
                if (h.createQuery(ID_TAKEN).bind("id", candidate).mapTo(Long.class).one() == 0) {
                    return new ProcessId(candidate);
                }
            }
        });
    }

    @Override
    public Optional<OnboardingProcess> findById(ProcessId id) {
        Objects.requireNonNull(id, "id");
        return uow.read(h -> h.createQuery(BY_ID).bind("id", id.value()).mapTo(OnboardingProcessState.class).findOne())
                .map(OnboardingProcess::restore);
    }

    @Override
    public Optional<OnboardingProcess> findByCitizen(NationalId citizen) {
        Objects.requireNonNull(citizen, "citizen");
        return uow.read(h -> h.createQuery(BY_CITIZEN).bind("citizen_key", citizen.uniqueKey())
                .mapTo(OnboardingProcessState.class).findOne()).map(OnboardingProcess::restore);
    }

    @Override
    public OnboardingProcess save(OnboardingProcess process) {
        Objects.requireNonNull(process, "process");
        OnboardingProcessState s = process.state();
        long next = s.version() + 1;
        OnboardingProcess stored = OnboardingProcess.restore(new OnboardingProcessState(s.id(), s.citizen(), s.customerId(),
                s.channel(), s.state(), s.selectedAddress(), s.courierSelected(), s.approvedAgent(), s.userCode(), s.startedAt(),
                s.updatedAt(), s.completedAt(), next));
        uow.write(h -> {
            if (s.version() == 0) {
                bind(h.createUpdate(INSERT), s, next).execute();
            } else if (bind(h.createUpdate(UPDATE), s, next).bind("expected_version", s.version()).execute() == 0) {
                throw new ConflictException("OnboardingProcess", s.id().toString(), s.version());
            }
            return null;
        }, ConstraintViolations.mapping(Map.of(
                "pk_onboarding_process", () -> new AlreadyExistsException("OnboardingProcess", s.id().toString()),
                "uq_onboarding_citizen", () -> new AlreadyExistsException("OnboardingProcess", "citizen " + s.citizen()))));
        return stored;
    }

    private static <S extends SqlStatement<S>> S bind(S statement, OnboardingProcessState s, long version) {
        return statement
                .bind("id", s.id().value())
                .bind("citizen_kind", s.citizen().kind().name())
                .bind("citizen_country", s.citizen().country().value())
                .bind("citizen_value", s.citizen().value())
                .bind("citizen_key", s.citizen().uniqueKey())
                .bind("customer_id", s.customerId().value())
                .bind("channel", s.channel().value())
                .bind("state", s.state().name())
                .bind("selected_address", Rows.name(s.selectedAddress()))
                .bind("courier_selected", s.courierSelected())
                .bind("approved_agent", s.approvedAgent())
                .bind("user_code", s.userCode())
                .bindByType("started_at", s.startedAt(), Instant.class)
                .bindByType("updated_at", s.updatedAt(), Instant.class)
                .bindByType("completed_at", s.completedAt(), Instant.class)
                .bind("version", version);
    }
}
