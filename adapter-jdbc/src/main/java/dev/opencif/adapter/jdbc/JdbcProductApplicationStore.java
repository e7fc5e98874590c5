package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.ProductApplicationPort;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.product.ApplicationId;
import dev.opencif.domain.product.ApplicationStatus;
import dev.opencif.domain.product.ProductApplication;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Product applications, unique by customer and external id ({@code uq_application_external}), with optimistic versions. */
public final class JdbcProductApplicationStore implements ProductApplicationPort {
    static final Columns COLUMNS = Columns.of("id", "customer_id", "external_id", "name", "banking_product", "url", "source",
            "status", "amount", "amount_currency", "amount_minor_units", "created_at", "updated_at", "version");
    static final String SELECT = "SELECT " + COLUMNS.select("a") + " FROM product_application a";
    static final String BY_EXTERNAL_ID = SELECT + " WHERE a.customer_id = ? AND a.external_id = ?";
    static final String BY_CUSTOMER = SELECT + " WHERE a.customer_id = ? ORDER BY a.created_at, a.row_seq";
    static final String INSERT = COLUMNS.insert("product_application");
    static final String UPDATE = COLUMNS.updateByKeyAndVersion("product_application", "id");

    private final JdbcUnitOfWork uow;

    JdbcProductApplicationStore(JdbcUnitOfWork uow) {
        this.uow = Objects.requireNonNull(uow, "uow");
    }

    @Override
    public Optional<ProductApplication> findByExternalId(CustomerId customer, String externalId) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(externalId, "externalId");
        return uow.read(c -> PlainSql.first(c, BY_EXTERNAL_ID, JdbcProductApplicationStore::map, customer.value(),
                externalId.strip()));
    }

    @Override
    public List<ProductApplication> findByCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return uow.read(c -> PlainSql.list(c, BY_CUSTOMER, JdbcProductApplicationStore::map, customer.value()));
    }

    @Override
    public ProductApplication save(ProductApplication a) {
        Objects.requireNonNull(a, "application");
        long next = a.version() + 1;
        ProductApplication stored = new ProductApplication(a.id(), a.customerId(), a.externalId(), a.name(), a.bankingProduct(),
                a.url(), a.source(), a.status(), a.amount(), a.createdAt(), a.updatedAt(), next);
        uow.write(c -> {
            Columns.Values values = values(a, next);
            if (a.version() == 0) {
                PlainSql.update(c, INSERT, values.all());
            } else if (PlainSql.update(c, UPDATE, values.forUpdate("id", a.version())) == 0) {
                throw new ConflictException("ProductApplication", a.id().toString(), a.version());
            }
            return null;
        }, ConstraintViolations.mapping(Map.of(
                "pk_product_application", () -> new AlreadyExistsException("ProductApplication", a.id().toString()),
                "uq_application_external", () -> new AlreadyExistsException("ProductApplication", a.externalId()),
                "fk_product_application_customer", () -> ConstraintViolations.missing("Customer", a.customerId()))));
        return stored;
    }

    private static Columns.Values values(ProductApplication a, long version) {
        return COLUMNS.values()
                .set("id", a.id().value())
                .set("customer_id", a.customerId().value())
                .set("external_id", a.externalId())
                .set("name", a.name())
                .set("banking_product", a.bankingProduct())
                .set("url", a.url().toString())
                .set("source", a.source())
                .set("status", a.status().name())
                .set("amount", Rows.amount(a.amount()))
                .set("amount_currency", Rows.currency(a.amount()))
                .set("amount_minor_units", Rows.minorUnits(a.amount()))
                .set("created_at", a.createdAt())
                .set("updated_at", a.updatedAt())
                .set("version", version);
    }

    static ProductApplication map(ResultSet rs) throws SQLException {
        return new ProductApplication(
                new ApplicationId(Rows.uuid(rs, COLUMNS.at("id"))),
                new CustomerId(Rows.uuid(rs, COLUMNS.at("customer_id"))),
                rs.getString(COLUMNS.at("external_id")),
                rs.getString(COLUMNS.at("name")),
                rs.getString(COLUMNS.at("banking_product")),
                URI.create(rs.getString(COLUMNS.at("url"))),
                rs.getString(COLUMNS.at("source")),
                Rows.enumValue(rs, COLUMNS.at("status"), ApplicationStatus.class),
                Rows.money(rs, COLUMNS.at("amount"), COLUMNS.at("amount_currency"), COLUMNS.at("amount_minor_units")),
                Rows.instant(rs, COLUMNS.at("created_at")),
                Rows.instant(rs, COLUMNS.at("updated_at")),
                rs.getLong(COLUMNS.at("version")));
    }
}
