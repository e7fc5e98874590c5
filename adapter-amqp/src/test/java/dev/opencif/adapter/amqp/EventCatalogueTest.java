package dev.opencif.adapter.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opencif.application.port.out.OutboxEvent;
import dev.opencif.domain.account.AccountEvent;
import dev.opencif.domain.agreement.AgreementEvent;
import dev.opencif.domain.banking.BankingUserEvent;
import dev.opencif.domain.customer.CustomerEvent;
import dev.opencif.domain.onboarding.OnboardingEvent;
import dev.opencif.domain.shared.DomainEvent;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/events.md lists every domain event, under the CloudEvents type the relay gives it, with its data fields. */
class EventCatalogueTest {
    private static final List<Class<?>> FAMILIES = List.of(CustomerEvent.class, AccountEvent.class, AgreementEvent.class,
            BankingUserEvent.class, OnboardingEvent.class);
    private static final Pattern ROW = Pattern.compile("^\\| `(dev\\.opencif\\.[a-z.-]+)` \\|[^|]*\\| (.*) \\|$", Pattern.MULTILINE);

    /** Every event class: its CloudEvents type and its record components, as the outbox writes them. */
    private static Map<String, List<String>> fromTheClasses() throws ReflectiveOperationException {
        Map<String, List<String>> events = new TreeMap<>();
        for (Class<?> family : FAMILIES) {
            for (Class<?> type : family.getPermittedSubclasses()) {
                RecordComponent[] components = type.getRecordComponents();
                Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
                Object[] arguments = Arrays.stream(parameterTypes).map(EventCatalogueTest::placeholder).toArray();
                DomainEvent event = (DomainEvent) type.getDeclaredConstructor(parameterTypes).newInstance(arguments);
                OutboxEvent stored = new OutboxEvent(1, event.type(), event.aggregateType(), "id", Instant.EPOCH, "{}");
                events.put(AmqpEventDelivery.type(stored), Arrays.stream(components).map(RecordComponent::getName).toList());
            }
        }
        return events;
    }

    private static Object placeholder(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (Set.class.isAssignableFrom(type)) {
            return Set.of();
        }
        if (Collection.class.isAssignableFrom(type)) {
            return List.of();
        }
        return null;
    }

    private static Map<String, List<String>> fromTheDocs() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "events.md"));
        Map<String, List<String>> events = new TreeMap<>();
        Matcher row = ROW.matcher(docs);
        while (row.find()) {
            List<String> fields = Pattern.compile("`([A-Za-z]+)`").matcher(row.group(2)).results().map(m -> m.group(1)).toList();
            events.put(row.group(1), fields);
        }
        return events;
    }

    @Test
    void the_catalogue_lists_every_event_with_its_type_and_fields_and_nothing_else() throws Exception {
        Map<String, List<String>> classes = fromTheClasses();
        Map<String, List<String>> docs = fromTheDocs();

        assertThat(classes).hasSize(19);
        assertThat(docs.keySet()).containsExactlyInAnyOrderElementsOf(classes.keySet());
        classes.forEach((type, fields) -> assertThat(docs.get(type)).as(type).containsExactlyElementsOf(fields));
    }
}
