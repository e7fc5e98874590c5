package dev.opencif.adapter.jdbc;

import dev.opencif.application.port.out.InteractionLogPort;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.interaction.Interaction;
import dev.opencif.domain.interaction.InteractionId;
import dev.opencif.domain.interaction.Outcome;
import dev.opencif.domain.shared.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The append-only interaction log and audit trail; newest first, later appends first among equal instants. */
public final class JdbcInteractionLog implements InteractionLogPort {
    static final String INSERT = "INSERT INTO interaction (id, customer_id, channel, operation, occurred_at, request_id, actor,"
            + " outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final String FIND = "SELECT id, customer_id, channel, operation, occurred_at, request_id, actor, outcome"
            + " FROM interaction WHERE customer_id = ? AND occurred_at >= ? AND occurred_at < ?";
    static final String AND_CHANNELS = " AND channel IN (<channels>)";
    static final String NEWEST_FIRST = " ORDER BY occurred_at DESC, row_seq DESC LIMIT ?";

    private final JdbcUnitOfWork uow;

    JdbcInteractionLog(JdbcUnitOfWork uow) {
        this.uow = Objects.requireNonNull(uow, "uow");
    }

    @Override
    public void append(Interaction i) {
        Objects.requireNonNull(i, "interaction");
        uow.write(c -> PlainSql.update(c, INSERT, i.id().value(), i.customerId().value(), i.channel().value(),
                        i.operation(), i.occurredAt(), i.requestId(), i.actor(), i.outcome().name()),
                ConstraintViolations.mapping(Map.of(
                        "pk_interaction", () -> new AlreadyExistsException("Interaction", i.id().toString()),
                        "fk_interaction_customer", () -> ConstraintViolations.missing("Customer", i.customerId()))));
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
        String sql = FIND + (wanted.isEmpty() ? "" : AND_CHANNELS.replace("<channels>", "?, ".repeat(wanted.size() - 1) + "?"))
                + NEWEST_FIRST;
        List<Object> params = new ArrayList<>(List.of(customer.value(), from, to));
        params.addAll(wanted);
        params.add(limit);
        return uow.read(c -> PlainSql.list(c, sql, JdbcInteractionLog::map, params.toArray()));
    }

    static Interaction map(ResultSet rs) throws SQLException {
        return new Interaction(
                new InteractionId(Rows.uuid(rs, 1)),
                new CustomerId(Rows.uuid(rs, 2)),
                new Channel(rs.getString(3)),
                rs.getString(4),
                Rows.instant(rs, 5),
                rs.getString(6),
                rs.getString(7),
                Rows.enumValue(rs, 8, Outcome.class));
    }
}
