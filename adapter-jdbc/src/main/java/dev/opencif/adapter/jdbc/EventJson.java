package dev.opencif.adapter.jdbc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.opencif.domain.shared.DomainEvent;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * The outbox's JSON form of a domain event: its record components, instants as ISO-8601 strings, and
 * single-value wrappers ({@code CustomerId}, {@code AccountNumber}, {@code AssetCode}, …) written as their value.
 */
final class EventJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("opencif-value-records").setSerializerModifier(new ValueRecordModifier()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private EventJson() {
    }

    static String write(DomainEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + event.type() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes records whose only component is {@code value} as that value. */
    private static final class ValueRecordModifier extends BeanSerializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description, JsonSerializer<?> serializer) {
            Class<?> type = description.getBeanClass();
            if (type.isRecord()) {
                RecordComponent[] components = type.getRecordComponents();
                if (components.length == 1 && components[0].getName().equals("value")) {
                    return new ValueSerializer(components[0].getAccessor());
                }
            }
            return serializer;
        }
    }

    private static final class ValueSerializer extends JsonSerializer<Object> {
        private final Method accessor;

        ValueSerializer(Method accessor) {
            this.accessor = accessor;
        }

        @Override
        public void serialize(Object record, JsonGenerator generator, SerializerProvider provider) throws IOException {
            try {
                provider.defaultSerializeValue(accessor.invoke(record), generator);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IOException("cannot read " + accessor, e);
            }
        }
    }
}
