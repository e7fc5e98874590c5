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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Digital onboarding processes: one per citizen by the unique {@code citizen_key}, ids from {@code onboarding_process_id_seq}. */
public final class JdbcOnboardingProcessStore implements OnboardingProcessPort {
    /** What {@link #map} reads. */
    static final Columns COLUMNS = Columns.of("id", "citizen_kind", "citizen_country", "citizen_value", "customer_id", "channel",
            "started_by", "state", "selected_address", "courier_selected", "approved_agent", "user_code", "started_at", "updated_at",
            "completed_at", "version");
    /** What {@link #save} writes: the read columns plus {@code citizen_key}. */
    static final Columns WRITTEN = Columns.of("id", "citizen_kind", "citizen_country", "citizen_value", "citizen_key",
            "customer_id", "channel", "started_by", "state", "selected_address", "courier_selected", "approved_agent", "user_code",
            "started_at", "updated_at", "completed_at", "version");
    static final String SELECT = "SELECT " + COLUMNS.select("p") + " FROM onboarding_process p";
    static final String BY_ID = SELECT + " WHERE p.id = ?";
    static final String BY_CITIZEN = SELECT + " WHERE p.citizen_key = ?";
    static final String NEXT_ID = "SELECT nextval('onboarding_process_id_seq')";
    static final String ID_TAKEN = "SELECT COUNT(*) FROM onboarding_process WHERE id = ?";
    static final String INSERT = WRITTEN.insert("onboarding_process");
    static final String UPDATE = WRITTEN.updateByKeyAndVersion("onboarding_process", "id");

    private final JdbcUnitOfWork uow;

    JdbcOnboardingProcessStore(JdbcUnitOfWork uow) {
        this.uow = Objects.requireNonNull(uow, "uow");
    }

    @Override
    public ProcessId nextProcessId() {
        return uow.read(c -> {
            while (true) {
                long candidate = PlainSql.single(c, NEXT_ID);
                if (PlainSql.single(c, ID_TAKEN, candidate) == 0) {
                    return new ProcessId(candidate);
                }
            }
        });
    }

    @Override
    public Optional<OnboardingProcess> findById(ProcessId id) {
        Objects.requireNonNull(id, "id");
        return uow.read(c -> PlainSql.first(c, BY_ID, JdbcOnboardingProcessStore::map, id.value())).map(OnboardingProcess::restore);
    }

    @Override
    public Optional<OnboardingProcess> findByCitizen(NationalId citizen) {
        Objects.requireNonNull(citizen, "citizen");
        return uow.read(c -> PlainSql.first(c, BY_CITIZEN, JdbcOnboardingProcessStore::map, citizen.uniqueKey()))
                .map(OnboardingProcess::restore);
    }

    @Override
    public OnboardingProcess save(OnboardingProcess process) {
        Objects.requireNonNull(process, "process");
        OnboardingProcessState s = process.state();
        long next = s.version() + 1;
        OnboardingProcess stored = OnboardingProcess.restore(new OnboardingProcessState(s.id(), s.citizen(), s.customerId(),
                s.channel(), s.startedBy(), s.state(), s.selectedAddress(), s.courierSelected(), s.approvedAgent(), s.userCode(), s.startedAt(),
                s.updatedAt(), s.completedAt(), next));
        uow.write(c -> {
            Columns.Values values = values(s, next);
            if (s.version() == 0) {
                PlainSql.update(c, INSERT, values.all());
            } else if (PlainSql.update(c, UPDATE, values.forUpdate("id", s.version())) == 0) {
                throw new ConflictException("OnboardingProcess", s.id().toString(), s.version());
            }
            return null;
        }, ConstraintViolations.mapping(Map.of(
                "pk_onboarding_process", () -> new AlreadyExistsException("OnboardingProcess", s.id().toString()),
                "uq_onboarding_citizen", () -> new AlreadyExistsException("OnboardingProcess", "citizen " + s.citizen()),
                "fk_onboarding_process_customer", () -> ConstraintViolations.missing("Customer", s.customerId()))));
        return stored;
    }

    private static Columns.Values values(OnboardingProcessState s, long version) {
        return WRITTEN.values()
                .set("id", s.id().value())
                .set("citizen_kind", s.citizen().kind().name())
                .set("citizen_country", s.citizen().country().value())
                .set("citizen_value", s.citizen().value())
                .set("citizen_key", s.citizen().uniqueKey())
                .set("customer_id", s.customerId().value())
                .set("channel", s.channel().value())
                .set("started_by", s.startedBy())
                .set("state", s.state().name())
                .set("selected_address", Rows.name(s.selectedAddress()))
                .set("courier_selected", s.courierSelected())
                .set("approved_agent", s.approvedAgent())
                .set("user_code", s.userCode())
                .set("started_at", s.startedAt())
                .set("updated_at", s.updatedAt())
                .set("completed_at", s.completedAt())
                .set("version", version);
    }

    static OnboardingProcessState map(ResultSet rs) throws SQLException {
        return new OnboardingProcessState(
                new ProcessId(rs.getLong(COLUMNS.at("id"))),
                new NationalId(Rows.enumValue(rs, COLUMNS.at("citizen_kind"), NationalIdKind.class),
                        new CountryCode(rs.getString(COLUMNS.at("citizen_country"))), rs.getString(COLUMNS.at("citizen_value"))),
                new CustomerId(Rows.uuid(rs, COLUMNS.at("customer_id"))),
                new Channel(rs.getString(COLUMNS.at("channel"))),
                rs.getString(COLUMNS.at("started_by")),
                Rows.enumValue(rs, COLUMNS.at("state"), OnboardingState.class),
                Rows.enumValue(rs, COLUMNS.at("selected_address"), AddressType.class),
                rs.getBoolean(COLUMNS.at("courier_selected")),
                rs.getBoolean(COLUMNS.at("approved_agent")),
                rs.getString(COLUMNS.at("user_code")),
                Rows.instant(rs, COLUMNS.at("started_at")),
                Rows.instant(rs, COLUMNS.at("updated_at")),
                Rows.instant(rs, COLUMNS.at("completed_at")),
                rs.getLong(COLUMNS.at("version")));
    }
}
