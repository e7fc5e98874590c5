package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.AgreementPort;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** Consents and contracts, with optimistic versions; the effective-at query narrows in SQL and decides with the domain rule. */
public final class JdbcAgreementStore implements AgreementPort {
    static final String SELECT = "SELECT id, customer_id, agreement_type, start_date, end_date, source, contract_number,"
            + " external_id, grantee, status, granted_at, granted_channel, revoked_at, revoked_channel, updated_at, version"
            + " FROM agreement";
    static final String BY_ID = SELECT + " WHERE id = :id";
    static final String BY_CUSTOMER = SELECT + " WHERE customer_id = :customer_id ORDER BY granted_at, row_seq";
    static final String CANDIDATES = SELECT + " WHERE agreement_type = :type AND status = 'ACTIVE' AND start_date <= :today"
            + " AND (end_date IS NULL OR end_date >= :today)";
    static final String AND_GRANTEE = " AND grantee = :grantee";
    static final String AND_NO_GRANTEE = " AND grantee IS NULL";
    /** What {@link #save} writes. */
    static final Columns WRITTEN = Columns.of("id", "customer_id", "agreement_type", "start_date", "end_date", "source",
            "contract_number", "external_id", "grantee", "status", "granted_at", "granted_channel", "revoked_at",
            "revoked_channel", "updated_at", "version");
    static final String INSERT = WRITTEN.insert("agreement");
    static final String UPDATE = WRITTEN.updateByKeyAndVersion("agreement", "id");

    private final JdbcUnitOfWork uow;

    JdbcAgreementStore(JdbcUnitOfWork uow) {
        this.uow = Objects.requireNonNull(uow, "uow");
    }

    static void registerMappers(Jdbi jdbi) {
        jdbi.registerRowMapper(AgreementState.class, (rs, ctx) -> {
            String revokedChannel = rs.getString("revoked_channel");
            return new AgreementState(
                    new AgreementId(Rows.uuid(rs, "id")),
                    new CustomerId(Rows.uuid(rs, "customer_id")),
                    Rows.enumValue(rs, "agreement_type", AgreementType.class),
                    new AgreementTerms(Rows.date(rs, "start_date"), Rows.date(rs, "end_date"), rs.getString("source"),
                            rs.getString("contract_number"), rs.getString("external_id"), rs.getString("grantee")),
                    Rows.enumValue(rs, "status", AgreementStatus.class),
                    Rows.instant(rs, "granted_at"),
                    new Channel(rs.getString("granted_channel")),
                    Rows.instant(rs, "revoked_at"),
                    revokedChannel == null ? null : new Channel(revokedChannel),
                    Rows.instant(rs, "updated_at"),
                    rs.getLong("version"));
        });
    }

    @Override
    public Optional<Agreement> findById(AgreementId id) {
        Objects.requireNonNull(id, "id");
        return uow.read(h -> h.createQuery(BY_ID).bind("id", id.value()).mapTo(AgreementState.class).findOne())
                .map(Agreement::restore);
    }

    @Override
    public List<Agreement> findByCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return uow.read(h -> h.createQuery(BY_CUSTOMER).bind("customer_id", customer.value()).mapTo(AgreementState.class).list())
                .stream().map(Agreement::restore).toList();
    }

    @Override
    public Set<CustomerId> customersWithEffectiveAgreement(AgreementType type, String grantee, Instant now) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(now, "now");
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        String sql = CANDIDATES + (grantee == null ? AND_NO_GRANTEE : AND_GRANTEE);
        return uow.read(h -> {
            var query = h.createQuery(sql).bind("type", type.name()).bindByType("today", today, LocalDate.class);
            if (grantee != null) {
                query.bind("grantee", grantee);
            }
            return query.mapTo(AgreementState.class).list();
        }).stream()
                .map(Agreement::restore)
                .filter(a -> a.isEffectiveAt(now))
                .map(a -> a.state().customerId())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Agreement save(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        AgreementState s = agreement.state();
        long next = s.version() + 1;
        Agreement stored = Agreement.restore(new AgreementState(s.id(), s.customerId(), s.type(), s.terms(), s.status(),
                s.grantedAt(), s.grantedChannel(), s.revokedAt(), s.revokedChannel(), s.updatedAt(), next));
        uow.writePlain(c -> {
            Columns.Values values = values(s, next);
            if (s.version() == 0) {
                PlainSql.update(c, INSERT, values.all());
            } else if (PlainSql.update(c, UPDATE, values.forUpdate("id", s.version())) == 0) {
                throw new ConflictException("Agreement", s.id().toString(), s.version());
            }
            return null;
        }, ConstraintViolations.mapping(Map.of(
                "pk_agreement", () -> new AlreadyExistsException("Agreement", s.id().toString()))));
        return stored;
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
