package dev.opencif.testkit.memory;

import dev.opencif.application.port.out.InteractionLogPort;
import dev.opencif.domain.customer.CustomerId;
import dev.opencif.domain.error.AlreadyExistsException;
import dev.opencif.domain.interaction.Interaction;
import dev.opencif.domain.shared.Channel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The append-only interaction log in memory. */
public final class InMemoryInteractionLog implements InteractionLogPort {
    private final InMemoryDatabase db;

    InMemoryInteractionLog(InMemoryDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void append(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        db.locked(() -> {
            if (db.interactions.stream().anyMatch(i -> i.id().equals(interaction.id()))) {
                throw new AlreadyExistsException("Interaction", interaction.id().toString());
            }
            db.requireCustomer(interaction.customerId());
            db.append(db.interactions, interaction);
        });
    }

    @Override
    public List<Interaction> find(CustomerId customer, Instant from, Instant to, Set<Channel> channels, int limit) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Set<Channel> wanted = channels == null ? Set.of() : Set.copyOf(channels);
        if (limit <= 0) {
            return List.of();
        }
        return db.locked(() -> {
            List<Interaction> newestAppendedFirst = new ArrayList<>();
            for (Interaction i : db.interactions) {
                if (i.customerId().equals(customer) && !i.occurredAt().isBefore(from) && i.occurredAt().isBefore(to)
                        && (wanted.isEmpty() || wanted.contains(i.channel()))) {
                    newestAppendedFirst.add(0, i);
                }
            }
            return newestAppendedFirst.stream().sorted(Comparator.comparing(Interaction::occurredAt).reversed())
                    .limit(limit).toList();
        });
    }

    /** Every entry, in append order. */
    public List<Interaction> all() {
        return db.locked(() -> List.copyOf(db.interactions));
    }
}
