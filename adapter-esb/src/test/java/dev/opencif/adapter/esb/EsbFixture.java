package dev.opencif.adapter.esb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opencif.adapter.esb.accountservice.AccountServiceHandler;
import dev.opencif.adapter.esb.accountservice.AccountServiceUseCases;
import dev.opencif.adapter.esb.interapi.InterApiConfig;
import dev.opencif.adapter.esb.interapi.InterApiHandler;
import dev.opencif.adapter.esb.interapi.InterApiUseCases;
import dev.opencif.application.OpenCif;
import dev.opencif.application.port.out.CitizenRecord;
import dev.opencif.application.port.out.OpenCifPorts;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.AddressId;
import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.customer.RegistryCodes;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.shared.CountryCode;
import dev.opencif.testkit.MutableClock;
import dev.opencif.testkit.memory.InMemoryAdapters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Set;

/** One data set for the handler tests: a hand-moved clock, in-memory adapters, API clients and two citizens in the registry. */
public final class EsbFixture {
    public static final String ESB_CLIENT = "mobile-banking";
    public static final String ESB_SECRET = "mb-s3cret-2026";
    public static final String APP_KEY = "ak-7f3c9e21d4b84a5f";
    public static final String OTHER_APP_KEY = "ak-0b1d2e3f4a5b6c7d";
    /** Elif Demir, in the identity registry with a registered address in Kadıköy. */
    public static final String ELIF_TCKN = "10485736240";
    /** Mehmet Kaya, in the identity registry without an address. */
    public static final String MEHMET_TCKN = "28740193554";
    /** A valid TCKN the identity registry does not know. */
    public static final String UNKNOWN_TCKN = "35612908420";

    private static final ObjectMapper JSON = new ObjectMapper();

    public final MutableClock clock = MutableClock.standard();
    public final InMemoryAdapters adapters = InMemoryAdapters.create(clock);
    public final OpenCif opencif = OpenCif.builder().ports(adapters.ports()).build();

    public EsbFixture() {
        adapters.credentials().addClient(EsbConfig.REALM, ESB_CLIENT, ESB_SECRET, Set.of("accountService"), null);
        adapters.credentials().addClient(InterApiConfig.REALM, APP_KEY, APP_KEY, Set.of("digitalCustomer"), null);
        adapters.credentials().addClient(InterApiConfig.REALM, OTHER_APP_KEY, OTHER_APP_KEY, Set.of("digitalCustomer"), null);
        adapters.identityRegistry().register(new CitizenRecord(NationalId.turkish(ELIF_TCKN), new PersonName("Elif", "Demir", null),
                LocalDate.of(1991, 4, 23), new Address(AddressId.random(), AddressType.REGISTERED, CountryCode.TR, "İstanbul",
                        "Caferağa Mah", "Kadıköy", "Moda Caddesi", "12", null, null, "3", null, null,
                        new RegistryCodes(null, "90", "34", "34000012000", "34000012004", null, "22040117"))));
        adapters.identityRegistry().register(new CitizenRecord(NationalId.turkish(MEHMET_TCKN), new PersonName("Mehmet", "Kaya", null),
                LocalDate.of(1985, 11, 2), null));
    }

    public AccountServiceHandler esb() {
        return esb(EsbConfig.defaults(clock));
    }

    public AccountServiceHandler esb(EsbConfig config) {
        return new AccountServiceHandler(AccountServiceUseCases.from(opencif), config);
    }

    public InterApiHandler interApi() {
        return interApi(InterApiConfig.defaults());
    }

    public InterApiHandler interApi(InterApiConfig config) {
        return new InterApiHandler(InterApiUseCases.from(opencif), config);
    }

    /** The same ports with the one of type {@code type} swapped, to provoke failures no business rule produces. */
    public static <T> OpenCifPorts withPort(OpenCifPorts ports, Class<T> type, T port) {
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

    public static JsonNode json(DialectResponse response) {
        return json(response.bodyText());
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
