package dev.opencif.adapter.rest;

import dev.opencif.application.port.out.OpenCifPorts;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.sql.SQLException;

/** Ports with one of them broken, to provoke the unexpected failures no business rule produces. */
public final class FailingPorts {
    /** Personal data as a driver would put it into its message; it must never reach a log line or an answer. */
    public static final String LEAKY_MESSAGE = "duplicate key (national_id)=(10485736240), e-mail ayse.yilmaz@example.com";

    private FailingPorts() {
    }

    /** {@code ports} with every method of the port of type {@code type} throwing a wrapped SQL failure. */
    public static <T> OpenCifPorts broken(OpenCifPorts ports, Class<T> type) {
        T port = type.cast(Proxy.newProxyInstance(FailingPorts.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        switch (method.getName()) {
                            case "equals":
                                return proxy == args[0];
                            case "hashCode":
                                return System.identityHashCode(proxy);
                            default:
                                return "broken " + type.getSimpleName();
                        }
                    }
                    throw new IllegalStateException("statement failed: " + LEAKY_MESSAGE, new SQLException(LEAKY_MESSAGE));
                }));
        try {
            RecordComponent[] components = OpenCifPorts.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = types[i] == type ? port : components[i].getAccessor().invoke(ports);
            }
            return OpenCifPorts.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
