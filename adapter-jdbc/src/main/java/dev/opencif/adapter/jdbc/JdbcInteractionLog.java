package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.InteractionLogPort;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.interaction.Interaction;
import dev.opencif.domain.interaction.InteractionId;
import dev.opencif.domain.interaction.Outcome;
import dev.opencif.domain.shared.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** The append-only interaction log and audit trail; newest first, later appends first among equal instants. */
public final class JdbcInteractionLog implements InteractionLogPort {
    static final String INSERT = "INSERT INTO interaction (id, customer_id, channel, operation, occurred_at, request_id, actor,"
            + " outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final String FIND = "SELECT id, customer_id, channel, operation, occurred_at, request_id, actor, outcome"
            + " FROM interaction WHERE customer_id = :customer_id AND occurred_at >= :from AND occurred_at < :to";
    static final String AND_CHANNELS = " AND channel IN (<channels>)";
    static final String NEWEST_FIRST = " ORDER BY occurred_at DESC, row_seq DESC LIMIT :max_rows";

    private final JdbcUnitOfWork uow;

    JdbcInteractionLog(JdbcUnitOfWork uow) {
        this.uow = Objects.requireNonNull(uow, "uow");
    }

    static void registerMappers(Jdbi jdbi) {
        jdbi.registerRowMapper(Interaction.class, (rs, ctx) -> new Interaction(
                new InteractionId(Rows.uuid(rs, "id")),
                new CustomerId(Rows.uuid(rs, "customer_id")),
                new Channel(rs.getString("channel")),
                rs.getString("operation"),
                Rows.instant(rs, "occurred_at"),
                rs.getString("request_id"),
                rs.getString("actor"),
                Rows.enumValue(rs, "outcome", Outcome.class)));
    }

    @Override
    public void append(Interaction i) {
        Objects.requireNonNull(i, "interaction");
        uow.writePlain(c -> PlainSql.update(c, INSERT, i.id().value(), i.customerId().value(), i.channel().value(),
                        i.operation(), i.occurredAt(), i.requestId(), i.actor(), i.outcome().name()),
                ConstraintViolations.mapping(Map.of(
                        "pk_interaction", () -> new AlreadyExistsException("Interaction", i.id().toString()))));
    }

    @Override
    public List<Interaction> find(CustomerId customer, Instant from, Instant to, Set<Channel> channels, int limit) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (limit <= 0) {
            return List.of();
        }
        List<String> wanted = channels == null ? List.of() : channels.stream().map(Channel::value).distinct().toList();
        String sql = FIND + (wanted.isEmpty() ? "" : AND_CHANNELS) + NEWEST_FIRST;
        return uow.read(h -> {
            var query = h.createQuery(sql).bind("customer_id", customer.value())
                    .bindByType("from", from, Instant.class).bindByType("to", to, Instant.class).bind("max_rows", limit);
            if (!wanted.isEmpty()) {
                query.bindList("channels", wanted);
            }
            return query.mapTo(Interaction.class).list();
        });
    }
}
