package dev.opencif.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opencif.application.port.out.CitizenRecord;
import dev.opencif.application.port.out.IdentityRegistryPort;
import dev.opencif.domain.customer.Address;
import dev.opencif.domain.customer.AddressId;
import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.customer.PersonName;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.identifier.NationalId;
import dev.opencif.domain.identifier.NationalIdKind;
import dev.opencif.domain.shared.CountryCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A citizen registry read once from JSON (a file, or the fictional {@code demo-citizens.json} on the class path):
 * what KPS/MERNIS would answer, for development, demos and test environments without the real registry.
 */
public final class JsonIdentityRegistry implements IdentityRegistryPort {
    /** The built-in fictional citizens. */
    public static final String DEMO_RESOURCE = "/demo-citizens.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, CitizenRecord> citizens;

    private JsonIdentityRegistry(Map<String, CitizenRecord> citizens) {
        this.citizens = Map.copyOf(citizens);
    }

    public static JsonIdentityRegistry fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new ConfigException("cannot read the identity registry file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    public static JsonIdentityRegistry demo() {
        try (InputStream in = JsonIdentityRegistry.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEMO_RESOURCE + " is missing from the class path");
            }
            return parse(in, DEMO_RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEMO_RESOURCE, e);
        }
    }

    static JsonIdentityRegistry parse(InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ConfigException("identity registry " + source + " is not valid JSON", e);
        }
        JsonNode list = root == null ? null : root.get("citizens");
        if (list == null || !list.isArray()) {
            throw new ConfigException("identity registry " + source + " needs a \"citizens\" array");
        }
        Map<String, CitizenRecord> citizens = new HashMap<>();
        int index = 0;
        for (JsonNode node : list) {
            String where = source + " citizens[" + index++ + "]";
            try {
                CitizenRecord record = citizen(node);
                if (citizens.put(record.citizen().uniqueKey(), record) != null) {
                    throw new ConfigException(where + ": the national id appears twice");
                }
            } catch (ValidationException e) {
                throw new ConfigException(where + ": " + e.getMessage(), e);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new ConfigException(where + ": " + e.getMessage(), e);
            }
        }
        return new JsonIdentityRegistry(citizens);
    }

    private static CitizenRecord citizen(JsonNode node) {
        NationalIdKind kind = NationalIdKind.valueOf(text(node, "kind", "TR_TCKN").toUpperCase(Locale.ROOT));
        String country = text(node, "country", null);
        NationalId id = new NationalId(kind, country == null ? null : CountryCode.of(country), text(node, "nationalId", null));
        PersonName name = new PersonName(text(node, "firstName", null), text(node, "lastName", null), text(node, "middleName", null));
        String birth = text(node, "birthDate", null);
        if (birth == null) {
            throw new IllegalArgumentException("birthDate is required");
        }
        JsonNode a = node.get("address");
        Address address = null;
        if (a != null && a.isObject()) {
            UUID addressId = UUID.nameUUIDFromBytes(("registry-address:" + id.uniqueKey()).getBytes(StandardCharsets.UTF_8));
            address = new Address(new AddressId(addressId),
                    AddressType.valueOf(text(a, "type", "REGISTERED").toUpperCase(Locale.ROOT)),
                    CountryCode.of(text(a, "country", id.country().value())), text(a, "city", null),
                    text(a, "district", null), text(a, "town", null), text(a, "streetName", null), text(a, "streetNo", null),
                    text(a, "building", null), text(a, "floor", null), text(a, "apartment", null), text(a, "postalCode", null),
                    text(a, "detail", null), null);
        }
        return new CitizenRecord(id, name, LocalDate.parse(birth), address);
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    public int size() {
        return citizens.size();
    }

    @Override
    public Optional<CitizenRecord> lookup(NationalId citizen) {
        Objects.requireNonNull(citizen, "citizen");
        return Optional.ofNullable(citizens.get(citizen.uniqueKey()));
    }
}
