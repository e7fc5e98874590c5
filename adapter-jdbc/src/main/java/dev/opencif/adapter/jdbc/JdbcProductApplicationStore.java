package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.ProductApplicationPort;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.error.ConflictException;
import dev.opencif.domain.product.ApplicationId;
import dev.opencif.domain.product.ApplicationStatus;
import dev.opencif.domain.product.ProductApplication;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

/** Product applications, unique by customer and external id ({@code uq_application_external}), with optimistic versions. */
public final class JdbcProductApplicationStore implements ProductApplicationPort {
    static final String SELECT = "SELECT id, customer_id, external_id, name, banking_product, url, source, status, amount,"
            + " amount_currency, amount_minor_units, created_at, updated_at, version FROM product_application";
    static final String BY_EXTERNAL_ID = SELECT + " WHERE customer_id = :customer_id AND external_id = :external_id";
    static final String BY_CUSTOMER = SELECT + " WHERE customer_id = :customer_id ORDER BY created_at, row_seq";
    static final String INSERT = """
            INSERT INTO product_application (id, customer_id, external_id, name, banking_product, url, source, status, amount,
                amount_currency, amount_minor_units, created_at, updated_at, version)
            VALUES (:id, :customer_id, :external_id, :name, :banking_product, :url, :source, :status, :amount,
                :amount_currency, :amount_minor_units, :created_at, :updated_at, :version)
            """;
    static final String UPDATE = """
            UPDATE product_application SET customer_id = :customer_id, external_id = :external_id, name = :name,
                banking_product = :banking_product, url = :url, source = :source, status = :status, amount = :amount,
                amount_currency = :amount_currency, amount_minor_units = :amount_minor_units, created_at = :created_at,
                updated_at = :updated_at, version = :version
            WHERE id = :id AND version = :expected_version
            """;

    private final JdbcUnitOfWork uow;

    JdbcProductApplicationStore(JdbcUnitOfWork uow) {
        this.uow = Objects.requireNonNull(uow, "uow");
    }

    static void registerMappers(Jdbi jdbi) {
        jdbi.registerRowMapper(ProductApplication.class, (rs, ctx) -> new ProductApplication(
                new ApplicationId(Rows.uuid(rs, "id")),
                new CustomerId(Rows.uuid(rs, "customer_id")),
                rs.getString("external_id"),
                rs.getString("name"),
                rs.getString("banking_product"),
                URI.create(rs.getString("url")),
                rs.getString("source"),
                Rows.enumValue(rs, "status", ApplicationStatus.class),
                Rows.money(rs, "amount", "amount_currency", "amount_minor_units"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"),
                rs.getLong("version")));
    }

    @Override
    public Optional<ProductApplication> findByExternalId(CustomerId customer, String externalId) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(externalId, "externalId");
        return uow.read(h -> h.createQuery(BY_EXTERNAL_ID).bind("customer_id", customer.value())
                .bind("external_id", externalId.strip()).mapTo(ProductApplication.class).findOne());
    }

    @Override
    public List<ProductApplication> findByCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return uow.read(h -> h.createQuery(BY_CUSTOMER).bind("customer_id", customer.value())
                .mapTo(ProductApplication.class).list());
    }

    @Override
    public ProductApplication save(ProductApplication a) {
        Objects.requireNonNull(a, "application");
        long next = a.version() + 1;
        ProductApplication stored = new ProductApplication(a.id(), a.customerId(), a.externalId(), a.name(), a.bankingProduct(),
                a.url(), a.source(), a.status(), a.amount(), a.createdAt(), a.updatedAt(), next);
        uow.write(h -> {
            if (a.version() == 0) {
                bind(h.createUpdate(INSERT), a, next).execute();
            } else if (bind(h.createUpdate(UPDATE), a, next).bind("expected_version", a.version()).execute() == 0) {
                throw new ConflictException("ProductApplication", a.id().toString(), a.version());
            }
            return null;
        }, ConstraintViolations.mapping(Map.of(
                "pk_product_application", () -> new AlreadyExistsException("ProductApplication", a.id().toString()),
                "uq_application_external", () -> new AlreadyExistsException("ProductApplication", a.externalId()))));
        return stored;
    }

    private static <S extends SqlStatement<S>> S bind(S statement, ProductApplication a, long version) {
        return statement
                .bind("id", a.id().value())
                .bind("customer_id", a.customerId().value())
                .bind("external_id", a.externalId())
                .bind("name", a.name())
                .bind("banking_product", a.bankingProduct())
                .bind("url", a.url().toString())
                .bind("source", a.source())
                .bind("status", a.status().name())
                .bind("amount", Rows.amount(a.amount()))
                .bind("amount_currency", Rows.currency(a.amount()))
                .bind("amount_minor_units", Rows.minorUnits(a.amount()))
                .bindByType("created_at", a.createdAt(), Instant.class)
                .bindByType("updated_at", a.updatedAt(), Instant.class)
                .bind("version", version);
    }
}
