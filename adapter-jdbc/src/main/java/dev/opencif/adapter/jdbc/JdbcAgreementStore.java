package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.AgreementPort;
import dev.opencif.application.shared.ConsentScope;
import dev.opencif.domain.agreement.Agreement;
import dev.opencif.domain.agreement.AgreementId;
import dev.opencif.domain.agreement.AgreementState;
import dev.opencif.domain.agreement.AgreementStatus;
import dev.opencif.domain.agreement.AgreementTerms;
import dev.opencif.domain.agreement.AgreementType;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.shared.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Consents and contracts, with optimistic versions; whether a customer is in a consent scope is one indexed probe. */
public final class JdbcAgreementStore implements AgreementPort {
    /** One probe of {@code ix_agreement_consent}: the effective-at rule of {@link Agreement#isEffectiveAt} in SQL. */
    static final String IN_SCOPE = "SELECT COUNT(*) FROM agreement WHERE agreement_type = ? AND grantee = ? AND customer_id = ?"
            + " AND status = 'ACTIVE' AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)";
    /** What {@link #save} writes and {@link #map} reads. */
    static final Columns WRITTEN = Columns.of("id", "customer_id", "agreement_type", "start_date", "end_date", "source",
            "contract_number", "external_id", "grantee", "status", "granted_at", "granted_channel", "revoked_at",
            "revoked_channel", "updated_at", "version");
    static final String SELECT = "SELECT " + WRITTEN.select("a") + " FROM agreement a";
    static final String BY_ID = SELECT + " WHERE a.id = ?";
    static final String BY_CUSTOMER = SELECT + " WHERE a.customer_id = ? ORDER BY a.granted_at, a.row_seq";
    static final String INSERT = WRITTEN.insert("agreement");
    static final String UPDATE = WRITTEN.updateByKeyAndVersion("agreement", "id");

    private final JdbcUnitOfWork uow;

    JdbcAgreementStore(JdbcUnitOfWork uow) {
        this.uow = Objects.requireNonNull(uow, "uow");
    }

    @Override
    public Optional<Agreement> findById(AgreementId id) {
        Objects.requireNonNull(id, "id");
        return uow.read(c -> PlainSql.first(c, BY_ID, JdbcAgreementStore::map, id.value())).map(Agreement::restore);
    }

    @Override
    public List<Agreement> findByCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return uow.read(c -> PlainSql.list(c, BY_CUSTOMER, JdbcAgreementStore::map, customer.value()))
                .stream().map(Agreement::restore).toList();
    }

    @Override
    public boolean isInScope(CustomerId customer, ConsentScope scope) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(scope, "scope");
        return uow.read(c -> PlainSql.single(c, IN_SCOPE, scope.type().name(), scope.grantee(), customer.value(), scope.day(),
                scope.day())) > 0;
    }

    @Override
    public Agreement save(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        AgreementState s = agreement.state();
        long next = s.version() + 1;
        Agreement stored = Agreement.restore(new AgreementState(s.id(), s.customerId(), s.type(), s.terms(), s.status(),
                s.grantedAt(), s.grantedChannel(), s.revokedAt(), s.revokedChannel(), s.updatedAt(), next));
        uow.write(c -> {
            Columns.Values values = values(s, next);
            if (s.version() == 0) {
                PlainSql.update(c, INSERT, values.all());
            } else if (PlainSql.update(c, UPDATE, values.forUpdate("id", s.version())) == 0) {
                throw new ConflictException("Agreement", s.id().toString(), s.version());
            }
            return null;
        }, ConstraintViolations.mapping(Map.of(
                "pk_agreement", () -> new AlreadyExistsException("Agreement", s.id().toString()),
                "fk_agreement_customer", () -> ConstraintViolations.missing("Customer", s.customerId()))));
        return stored;
    }

    static AgreementState map(ResultSet rs) throws SQLException {
        String revokedChannel = rs.getString(WRITTEN.at("revoked_channel"));
        return new AgreementState(
                new AgreementId(Rows.uuid(rs, WRITTEN.at("id"))),
                new CustomerId(Rows.uuid(rs, WRITTEN.at("customer_id"))),
                Rows.enumValue(rs, WRITTEN.at("agreement_type"), AgreementType.class),
                new AgreementTerms(Rows.date(rs, WRITTEN.at("start_date")), Rows.date(rs, WRITTEN.at("end_date")),
                        rs.getString(WRITTEN.at("source")), rs.getString(WRITTEN.at("contract_number")),
                        rs.getString(WRITTEN.at("external_id")), rs.getString(WRITTEN.at("grantee"))),
                Rows.enumValue(rs, WRITTEN.at("status"), AgreementStatus.class),
                Rows.instant(rs, WRITTEN.at("granted_at")),
                new Channel(rs.getString(WRITTEN.at("granted_channel"))),
                Rows.instant(rs, WRITTEN.at("revoked_at")),
                revokedChannel == null ? null : new Channel(revokedChannel),
                Rows.instant(rs, WRITTEN.at("updated_at")),
                rs.getLong(WRITTEN.at("version")));
    }

    private static Columns.Values values(AgreementState s, long version) {
        AgreementTerms t = s.terms();
        return WRITTEN.values()
                .set("id", s.id().value())
                .set("customer_id", s.customerId().value())
                .set("agreement_type", s.type().name())
                .set("start_date", t.startDate())
                .set("end_date", t.endDate())
                .set("source", t.source())
                .set("contract_number", t.contractNumber())
                .set("external_id", t.externalId())
                .set("grantee", t.grantee())
                .set("status", s.status().name())
                .set("granted_at", s.grantedAt())
                .set("granted_channel", s.grantedChannel().value())
                .set("revoked_at", s.revokedAt())
                .set("revoked_channel", s.revokedChannel() == null ? null : s.revokedChannel().value())
                .set("updated_at", s.updatedAt())
                .set("version", version);
    }
}
